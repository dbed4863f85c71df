/** Styles every case tab shares: the tab heading, notices and secondary text. */
export const caseTabStyles = `
  h2 {
    font: var(--mat-sys-title-large);
  }
  .plain-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .meta {
    font: var(--mat-sys-body-small);
    color: var(--mat-sys-on-surface-variant);
  }
  .error {
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--mat-sys-error-container);
    color: var(--mat-sys-on-error-container);
  }
  .status-note:not(:empty) {
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--mat-sys-secondary-container);
    color: var(--mat-sys-on-secondary-container);
  }
`;
