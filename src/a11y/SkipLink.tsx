/**
 * The first thing Tab reaches: a link past the header straight to the main content. It moves focus
 * itself rather than changing the address's #fragment, which the shareable URL keeps.
 */
import './a11y.css';

export function SkipLink({ target, label }: { target: string; label: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (element === null) return;
        event.preventDefault();
        element.focus();
        element.scrollIntoView?.({ block: 'start' });
      }}
    >
      {label}
    </a>
  );
}
