// A computer-use loop: run the action the model asked for, send a screenshot back, repeat until the
// model stops asking. The model call is two helpers away, in model-client.ts.
import { sendScreenshot } from './model-client';

interface Page {
  screenshot(): Promise<string>;
  click(x: number, y: number): Promise<void>;
  openedTabs(): Page[];
}
interface Step {
  id: string;
  output: Array<{ type: string; call_id?: string; action?: { x: number; y: number } }>;
}

export async function browseLoop(page: Page, first: Step, switchedTab = false): Promise<Step> {
  let response = first;
  while (true) { // expect: unbounded-agent-loop
    const call = response.output.find((item) => item.type === 'computer_call');
    if (!call?.call_id || !call.action) return response;
    await page.click(call.action.x, call.action.y);
    const tabs = page.openedTabs();
    if (tabs.length > 1 && !switchedTab) {
      // A new tab: follow it once (the inner call is told it already switched, so it never recurses again).
      response = await sendScreenshot(await tabs[1]!.screenshot(), response.id, call.call_id);
      return browseLoop(tabs[1]!, response, true);
    }
    response = await sendScreenshot(await page.screenshot(), response.id, call.call_id);
  }
}

/** The near-miss: the same loop with a step bound. */
export async function boundedBrowseLoop(page: Page, first: Step, maxSteps = 25): Promise<Step> {
  let response = first;
  for (let step = 0; step < maxSteps; step++) {
    const call = response.output.find((item) => item.type === 'computer_call');
    if (!call?.call_id || !call.action) return response;
    await page.click(call.action.x, call.action.y);
    response = await sendScreenshot(await page.screenshot(), response.id, call.call_id);
  }
  return response;
}
