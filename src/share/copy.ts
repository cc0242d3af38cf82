/**
 * Copy text to the clipboard: the async Clipboard API where the page may use it (secure context,
 * permission), else the old select-and-execCommand route. Resolves false when neither worked, so
 * the caller shows the text for the reader to copy by hand.
 */
export interface CopyEnvironment {
  document: Document;
  clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  secure: boolean;
}

function browserEnvironment(): CopyEnvironment {
  return {
    document,
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    secure: typeof window !== 'undefined' && window.isSecureContext,
  };
}

export async function copyText(text: string, env: CopyEnvironment = browserEnvironment()): Promise<boolean> {
  if (env.clipboard !== undefined && env.secure) {
    try {
      await env.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable (e.g. inside an iframe without permission): try the fallback.
    }
  }
  return copyWithSelection(text, env.document);
}

function copyWithSelection(text: string, doc: Document): boolean {
  const active = doc.activeElement;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '0';
  area.style.opacity = '0';
  doc.body.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied = false;
  try {
    // Deprecated but still the only synchronous fallback where the Clipboard API is missing.
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (active instanceof HTMLElement) active.focus();
  return copied;
}
