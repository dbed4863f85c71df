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

/** Styles of the forms inside case tabs: a bordered card, rows that wrap on a phone, notices. */
export const caseFormStyles = `
  .card-form {
    max-width: 760px;
    padding: 12px 16px;
    border: 1px solid var(--mat-sys-outline-variant);
    border-radius: 12px;
    margin: 8px 0 16px;
  }
  .form-title {
    font: var(--mat-sys-title-medium);
    margin: 0 0 8px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
  }
  .row mat-form-field {
    flex: 1 1 200px;
  }
  .full {
    width: 100%;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .alert-box.shown,
  .ok-box.shown {
    margin-bottom: 8px;
    padding: 4px 12px;
    border-radius: 8px;
  }
  .alert-box.shown {
    background: var(--mat-sys-error-container);
    color: var(--mat-sys-on-error-container);
  }
  .ok-box.shown {
    background: var(--mat-sys-secondary-container);
    color: var(--mat-sys-on-secondary-container);
  }
`;
