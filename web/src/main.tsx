/** Entry of the annotation app: one store, one controller, the action context. */
import { render } from 'preact';
import { canvasSize } from './canvas/canvas-view.js';
import type { ActionContext } from './state/actions.js';
import { INITIAL_STATE } from './state/app-state.js';
import { createController } from './state/controller.js';
import { createStore } from './state/store.js';
import { App } from './ui/app.js';
import { AppContext } from './ui/app-context.js';

const store = createStore(INITIAL_STATE);
const controller = createController(store);
const ctx: ActionContext = { store, controller, canvasSize: () => ({ ...canvasSize }) };
const root = document.getElementById('app');
if (root) {
  render(
    <AppContext.Provider value={ctx}>
      <App />
    </AppContext.Provider>,
    root,
  );
}
void controller.start();
