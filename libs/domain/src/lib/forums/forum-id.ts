// Forum ids are slugs of the jurisdiction, the kind and the place: stable, readable in a URL.

/** "Ciudad Juárez" → "ciudad-juarez". */
export function forumSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
