import { create } from 'zustand';

/**
 * A short message that must outlive the panel that raised it, such as
 * "Imported file.csv" when the page switches to the imported dataset.
 */
interface NoticeState {
  notice: string | null;
  noticeShown: (notice: string) => void;
  noticeDismissed: () => void;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  notice: null,
  noticeShown: (notice) => {
    set({ notice });
  },
  noticeDismissed: () => {
    set({ notice: null });
  },
}));
