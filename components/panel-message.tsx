import type { ComponentChildren } from 'preact';

export interface PanelMessageProps {
  tone?: 'info' | 'warning';
  children: ComponentChildren;
}

/** A plain sentence about the page's state (not an article, no Chinese text, cannot read it). */
export function PanelMessage({ tone = 'info', children }: PanelMessageProps) {
  return <p class={`zhc-message zhc-message-${tone}`}>{children}</p>;
}
