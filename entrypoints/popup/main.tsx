import { render } from 'preact';
import { PopupPage } from '../../src/ui/popup/PopupPage';

render(<PopupPage />, document.getElementById('app')!);
