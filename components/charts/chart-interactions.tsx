'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The only chart code the browser runs, over markup drawn on the server: a mark's tooltip shows while it is pointed
 * at or focused; on a touch screen the first tap shows it and a second tap on the same mark opens what the mark
 * stands for (the same link a click follows); Escape or a tap elsewhere hides it.
 */
export function ChartInteractions({ name, children }: { name: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    let shown: Element | null = null;
    // The pointer of the press that leads to the next click: a touch press makes that click a tap.
    let pressedBy = '';
    const tipOf = (mark: Element) => root.querySelector<HTMLElement>(`[data-tip-for="${mark.getAttribute('data-figure-id')}"]`);
    const hide = () => {
      if (!shown) return;
      const tip = tipOf(shown);
      if (tip) tip.hidden = true;
      shown.removeAttribute('aria-describedby');
      shown = null;
    };
    const show = (mark: Element) => {
      if (shown === mark) return;
      hide();
      const tip = tipOf(mark);
      if (!tip) return;
      tip.hidden = false;
      const at = mark.getBoundingClientRect();
      const frame = root.getBoundingClientRect();
      // Beside the mark, on the side with room, never outside the chart's box.
      const left = at.right - frame.left + 8 + tip.offsetWidth <= frame.width ? at.right - frame.left + 8 : Math.max(0, at.left - frame.left - 8 - tip.offsetWidth);
      const top = Math.min(Math.max(0, at.top - frame.top - 8), Math.max(0, frame.height - tip.offsetHeight));
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
      mark.setAttribute('aria-describedby', tip.id);
      shown = mark;
    };
    const markAt = (target: EventTarget | null) => (target instanceof Element ? target.closest('a.chart-mark') : null);
    const over = (e: PointerEvent) => {
      const mark = markAt(e.target);
      if (mark && e.pointerType === 'mouse') show(mark);
    };
    const out = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && markAt(e.target) && !markAt(e.relatedTarget)) hide();
    };
    const press = (e: PointerEvent) => {
      pressedBy = e.pointerType;
    };
    const click = (e: MouseEvent) => {
      const mark = markAt(e.target);
      // Chromium's click is a PointerEvent that says what made it; elsewhere the press before it says.
      const tap = ('pointerType' in e && (e as PointerEvent).pointerType === 'touch') || pressedBy === 'touch';
      pressedBy = '';
      if (mark && tap && shown !== mark) {
        // First tap: read the tooltip; the second opens the mark's link.
        e.preventDefault();
        show(mark);
      }
    };
    const focus = (e: FocusEvent) => {
      const mark = markAt(e.target);
      // A tap focuses the mark before its click: that first tap is the click handler's to count.
      if (mark && pressedBy !== 'touch') show(mark);
    };
    const blur = (e: FocusEvent) => {
      if (markAt(e.target) && !markAt(e.relatedTarget)) hide();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    const elsewhere = (e: PointerEvent) => {
      if (shown && !(e.target instanceof Node && root.contains(e.target) && markAt(e.target))) hide();
    };
    // Every listener on the chart, and one on the page for a tap elsewhere: added and removed from one list.
    const listeners: Array<[EventTarget, string, (e: never) => void]> = [
      [root, 'pointerover', over],
      [root, 'pointerout', out],
      [root, 'pointerdown', press],
      [root, 'click', click],
      [root, 'focusin', focus],
      [root, 'focusout', blur],
      [root, 'keydown', key],
      [document, 'pointerdown', elsewhere],
    ];
    for (const [target, type, handler] of listeners) target.addEventListener(type, handler as EventListener);
    return () => {
      for (const [target, type, handler] of listeners) target.removeEventListener(type, handler as EventListener);
    };
  }, []);
  return (
    <div ref={box} className="chart-frame relative" data-chart-name={name}>
      {children}
    </div>
  );
}
