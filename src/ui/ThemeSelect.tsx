import { useEffect, useId, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'cwd-dashboard:theme';

function isTheme(value: string | null): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Sets the page's theme: "system" follows the operating system's light or dark setting. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

/** Light, dark, or as the system is set; remembered in this browser. */
export function ThemeSelect() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const id = useId();
  useEffect(() => {
    applyTheme(choice);
    try {
      window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage may be off (private mode); the choice then lasts for this page only.
    }
  }, [choice]);
  return (
    <div className="theme-select">
      <label htmlFor={id}>Colours</label>
      <select
        id={id}
        value={choice}
        onChange={(e) => {
          if (isTheme(e.target.value)) setChoice(e.target.value);
        }}
      >
        <option value="system">As the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
