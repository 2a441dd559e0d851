// STUB (to be replaced): the search form.
import type { Criteria } from '../search-state';

interface SearchFormProps {
  criteria: Criteria;
  onSearch: (criteria: Criteria) => void;
  onClear: () => void;
}

export function SearchForm({ criteria, onSearch, onClear }: SearchFormProps) {
  return (
    <search aria-label="Case search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const email = data.get('email');
          onSearch(typeof email === 'string' && email ? { email } : {});
        }}
      >
        <label>
          Email <input name="email" type="text" defaultValue={criteria.email} />
        </label>
        <button type="submit">Search</button>
        <button type="button" onClick={onClear}>
          Clear
        </button>
      </form>
    </search>
  );
}
