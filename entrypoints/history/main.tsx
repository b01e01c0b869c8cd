import { render } from 'preact';
import { HistoryPage } from '../../src/ui/pages/HistoryPage';

render(<HistoryPage />, document.getElementById('app')!);
