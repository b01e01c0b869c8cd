import { render } from 'preact';
import { OptionsPage } from '../../src/ui/pages/OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
