import { render } from 'preact';
import { WelcomePage } from '../../src/ui/pages/WelcomePage';

render(<WelcomePage />, document.getElementById('app')!);
