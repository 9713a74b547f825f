import { render } from 'preact';
import { App } from './App.tsx';
import { createBrowserBridge } from './bridge.ts';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App bridge={createBrowserBridge(location.search)} />, root);
