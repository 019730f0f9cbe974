/**
 * Every physio-elements event: `physio-` prefixed, bubbles, composed (so it leaves the shadow root and reaches
 * page code and frameworks), typed detail. Cancelable only where the widget waits for the page's answer.
 */
export class PhysioEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: `physio-${string}`, detail: Detail, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}
