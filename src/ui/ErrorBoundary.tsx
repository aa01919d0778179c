import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FailureNotice } from './FailureNotice';

interface Props {
  /** What failed, for the message: "The funding chart". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one failing part from blanking the page: shows what failed and offers a retry. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <FailureNotice
        title={`${this.props.what} could not be shown.`}
        message={error.message}
        onRetry={() => {
          this.setState({ error: null });
        }}
      />
    );
  }
}
