import { screen } from '@testing-library/react';

import { renderWithProviders } from '../test/render-app';
import { LocalisedText } from './localised-text';

describe('LocalisedText', () => {
  it('shows the text in the interface language without a marker', () => {
    renderWithProviders(<LocalisedText value={{ en: 'Leadership', cy: 'Arweinyddiaeth' }} />, {
      language: 'cy',
    });
    expect(screen.getByText('Arweinyddiaeth')).not.toHaveAttribute('lang');
    expect(screen.queryByText(/English/)).not.toBeInTheDocument();
  });

  it('falls back visibly to English, in an English voice, when the Welsh is missing', () => {
    renderWithProviders(<LocalisedText value={{ en: 'Leadership', cy: '  ' }} />, {
      language: 'cy',
    });
    const text = screen.getByText('Leadership', { exact: false });
    expect(text).toHaveAttribute('lang', 'en');
    expect(text).toHaveTextContent(
      'Leadership (English) Dangosir y testun Saesneg am nad yw’r testun Cymraeg ar gael eto',
    );
  });

  it('falls back to Welsh, marked, when the English is missing', () => {
    renderWithProviders(<LocalisedText value={{ en: null, cy: 'Arweinyddiaeth' }} />);
    expect(screen.getByText('Arweinyddiaeth', { exact: false })).toHaveAttribute('lang', 'cy');
    expect(screen.getByText('(Cymraeg)', { exact: false })).toBeInTheDocument();
  });

  it('says when neither language has the text', () => {
    renderWithProviders(<LocalisedText value={{ en: null, cy: null }} />);
    expect(screen.getByText('Not available')).toBeInTheDocument();
  });
});
