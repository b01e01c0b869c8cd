/** Writes a record straight into the store, bypassing every check, as a damaged disk or an older build might have. */
export async function putRaw(db: IDBDatabase, record: object): Promise<void> {
  const tx = db.transaction('decisions', 'readwrite');
  tx.objectStore('decisions').put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
