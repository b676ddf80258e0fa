import { render } from 'preact';
import './options.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
