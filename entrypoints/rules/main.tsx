import { render } from 'preact';
import { RulesPage } from '../../src/ui/pages/RulesPage';

render(<RulesPage />, document.getElementById('app')!);
