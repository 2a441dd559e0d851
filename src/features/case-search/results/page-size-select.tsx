// `Rows per page` (25/50/75): remembered on this browser, and back to page 1 on change.
import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { PAGE_SIZES, rememberPageSize, type PageSize } from '../search-state';

export function PageSizeSelect({
  value,
  onChange,
}: {
  value: PageSize;
  onChange: (size: PageSize) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="page-size">
      <label htmlFor={id}>{t('results.rowsPerPage')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const size = PAGE_SIZES.find((option) => String(option) === event.target.value);
          if (size === undefined) return;
          rememberPageSize(size);
          onChange(size);
        }}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
