import { useEffect, useState } from 'preact/hooks';
import { HealthReportSchema, type HealthReport } from '../../messaging/health';
import { send } from '../../messaging/send';

/** The background's health report, asked once when the page opens; null until it answers (or if it cannot). */
export function useHealth(): HealthReport | null {
  const [report, setReport] = useState<HealthReport | null>(null);
  useEffect(() => {
    send({ type: 'health:get' }, HealthReportSchema).then(setReport, (error: unknown) =>
      console.error('[Jaga Netral] health report', error),
    );
  }, []);
  return report;
}
