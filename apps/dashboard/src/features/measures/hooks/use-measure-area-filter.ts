import { useSearchParams } from 'react-router';

/**
 * The measures list's area, by number, kept in the address (`?area=4`) so a reload or a shared
 * link shows the same measures; anything but a whole number from 1 is ignored.
 */
export function useMeasureAreaFilter() {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('area'));
  const areaNumber = Number.isInteger(raw) && raw >= 1 ? raw : null;
  function setAreaNumber(number: number | null) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (number === null) next.delete('area');
      else next.set('area', String(number));
      return next;
    });
  }
  return { areaNumber, setAreaNumber };
}
