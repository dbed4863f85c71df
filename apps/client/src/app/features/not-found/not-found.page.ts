import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslationService } from '../../core/i18n';
import { routeUrls } from '../../route-paths';

/** Any address that matches no route: say so plainly and offer the way back. */
@Component({
  selector: 'amp-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <h1>{{ i18n.t('notFound.title') }}</h1>
    <p>{{ i18n.t('notFound.body', { path }) }}</p>
    <a mat-flat-button [routerLink]="links.caseload">{{ i18n.t('notFound.home') }}</a>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
  `,
})
export class NotFoundPage {
  protected readonly i18n = inject(TranslationService);
  protected readonly links = routeUrls;
  protected readonly path = inject(Router).url;
}
