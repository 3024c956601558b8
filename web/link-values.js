// The editable values of a link, in one canonical shape, so "what changed" is a plain comparison:
// {title, url, section, month, tags, commentary, related: [{url, title}], via: {title, url} | null}.

export const FIELDS = ['title', 'url', 'section', 'month', 'tags', 'commentary', 'related', 'via'];

export const FIELD_LABELS = {
  title: 'Titre', url: 'URL', section: 'Rubrique', month: 'Mois', tags: 'Tags', commentary: 'Commentaire',
  related: 'Liens associés', via: 'Via',
};

/** The values of a link as the API returns it. */
export function valuesOf(link) {
  return {
    title: link.title ?? '',
    url: link.url ?? '',
    section: link.section ?? '',
    month: link.month ?? '',
    tags: [...(link.tags ?? [])],
    commentary: link.commentary ?? '',
    related: (link.related ?? []).map((r) => ({ url: r.url ?? '', title: r.title ?? '' })),
    via: link.via && (link.via.url || link.via.title) ? { title: link.via.title ?? '', url: link.via.url ?? '' } : null,
  };
}

export function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of `values` that differ from `reference`, as a PATCH body. */
export function changes(values, reference) {
  const body = {};
  for (const field of FIELDS) {
    if (!same(values[field], reference[field])) body[field] = values[field];
  }
  return body;
}

/**
 * The values the server accepts: a related link or a "via" needs both its URL and its title, so one still
 * half-typed is left out of the save (it stays in the form and in the draft until it is complete).
 */
export function savable(values) {
  const complete = (link) => Boolean(link && link.url && link.title);
  return { ...values, related: values.related.filter(complete), via: complete(values.via) ? values.via : null };
}

/** True when some related link or the via is half-typed. */
export function hasIncomplete(values) {
  return values.related.some((link) => !link.url || !link.title) || Boolean(values.via && (!values.via.url
    || !values.via.title));
}

/** A field as text, to show two versions side by side. */
export function fieldText(values, field) {
  const value = values[field];
  if (field === 'tags') return value.join(', ');
  if (field === 'related') return value.map((r) => `${r.title} — ${r.url}`).join('\n');
  if (field === 'via') return value ? `${value.title} — ${value.url}` : '';
  return value ?? '';
}
