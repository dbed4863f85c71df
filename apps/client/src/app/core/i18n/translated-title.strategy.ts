import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { MessageKey } from './messages.en';
import { TranslationService } from './translation.service';

/**
 * Route `title`s are message keys; the document title follows both navigation and the language
 * switch, because the title is the first thing a screen reader announces on a new page.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private readonly pageKey = signal<MessageKey | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const appName = this.i18n.t('app.name');
      this.title.setTitle(key ? `${this.i18n.t(key)} · ${appName}` : appName);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot) as MessageKey | undefined);
  }
}
