import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderer/renderApp';
import { StewardshipFields } from './StewardshipFields';

afterEach(cleanup);

async function setup(frontMatter: Record<string, unknown>) {
  const onChange = vi.fn();
  await renderApp(
    <StewardshipFields frontMatter={frontMatter} disabled={false} onChange={onChange} />,
  );
  return {
    onChange,
    steward: screen.getByRole('textbox', { name: 'Steward' }) as HTMLInputElement,
    reviewBy: screen.getByLabelText('Review by') as HTMLInputElement,
  };
}

describe('stewardship fields', () => {
  it('show the steward and how the review date stands today', async () => {
    const { steward, reviewBy } = await setup({
      steward: 'Marta Vidal',
      'review-by': '2020-01-31',
    });
    expect(steward.value).toBe('Marta Vidal');
    expect(reviewBy.value).toBe('2020-01-31');
    expect(screen.getByText(/^Review overdue by [\d,]+ days$/)).toBeTruthy();
  });

  it('write the review date once it is entered, not each digit on the way', async () => {
    const { reviewBy, onChange } = await setup({ 'review-by': '2030-01-31' });
    for (const partial of ['0002-05-01', '0020-05-01', '0203-05-01', '2031-05-01'])
      fireEvent.change(reviewBy, { target: { value: partial } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(reviewBy);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ 'review-by': '2031-05-01' });
  });

  it('write the steward on Enter, and remove the key when emptied', async () => {
    const { steward, onChange } = await setup({ steward: 'Marta Vidal' });
    fireEvent.change(steward, { target: { value: '  Ana Ruiz ' } });
    fireEvent.keyDown(steward, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith({ steward: 'Ana Ruiz' });
    fireEvent.change(steward, { target: { value: '' } });
    fireEvent.blur(steward);
    expect(onChange).toHaveBeenLastCalledWith({ steward: null });
  });

  it('say when a review date cannot be read', async () => {
    await setup({ 'review-by': 'next spring' });
    expect(screen.getByText('“next spring” is not a date (YYYY-MM-DD)')).toBeTruthy();
  });
});
