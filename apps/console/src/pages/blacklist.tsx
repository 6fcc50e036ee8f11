import { apiGet } from '../api/client';
import { instant } from '../lib/format';
import { Loaded, useApp, useLoad, useT } from '../ui';

export function Blacklist() {
  const t = useT();
  const { language } = useApp();
  const [load, retry] = useLoad(
    (signal) => apiGet('/api/v1/blacklist', { query: { limit: 200 }, signal }),
    [],
  );
  return (
    <section aria-labelledby="bl-title">
      <h1 id="bl-title">{t('blacklist.title')}</h1>
      <Loaded load={load} retry={retry}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('blacklist.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('blacklist.supplier')}</th>
                  <th scope="col">{t('blacklist.grounds')}</th>
                  <th scope="col">{t('blacklist.authority')}</th>
                  <th scope="col">{t('blacklist.period')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={`${d.supplierId}-${d.from}`}>
                    <td>{d.supplierName}</td>
                    <td>{d.grounds}</td>
                    <td>{d.authority}</td>
                    <td>
                      {instant(d.from, language)} –{' '}
                      {d.indefinite
                        ? t('blacklist.indefinite')
                        : instant(d.until as string | null, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}
