import { useId, useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
/** Also read by public/boot.js, which applies the remembered theme before the first paint. */
const STORAGE_KEY = 'cwd-dashboard:theme';

function isTheme(value: string | null): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Sets the page's theme: "system" follows the operating system's light or dark setting. */
function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

// The choice lives outside React, so that the page built ahead of time (which
// cannot know it) hydrates as "system" and then shows the remembered choice.
const listeners = new Set<() => void>();
let current: ThemeChoice | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getSnapshot(): ThemeChoice {
  current ??= storedTheme();
  return current;
}

function getServerSnapshot(): ThemeChoice {
  return 'system';
}

function chooseTheme(choice: ThemeChoice): void {
  current = choice;
  applyTheme(choice);
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page only.
  }
  listeners.forEach((listener) => {
    listener();
  });
}

/** Light, dark, or as the system is set; remembered in this browser. */
export function ThemeSelect() {
  const choice = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const id = useId();
  return (
    <div className="theme-select">
      <label htmlFor={id}>Colours</label>
      <select
        id={id}
        value={choice}
        onChange={(e) => {
          if (isTheme(e.target.value)) chooseTheme(e.target.value);
        }}
      >
        <option value="system">As the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
