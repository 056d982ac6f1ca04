// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApproveDialog, SaveVersionDialog } from '../../src/editor/VersionDialogs';
import { rememberedName } from '../../src/editor/yourName';

// The Comments panel's key: one name for commenting, saving versions and approving.
const NAME_KEY = 'stepwise.reviewer';

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

function saveDialog() {
  const onSave = vi.fn<(message: string, author: string) => void>();
  render(<SaveVersionDialog busy={false} dirty={false} onSave={onSave} onCancel={vi.fn()} />);
  return onSave;
}

describe('Your name in the version dialogs', () => {
  it('is prefilled from the Comments panel name, and focus goes to the first empty field', () => {
    localStorage.setItem(NAME_KEY, 'Dr Jo Author');
    saveDialog();
    expect(screen.getByLabelText('Your name')).toHaveValue('Dr Jo Author');
    expect(screen.getByLabelText('What changed, and why')).toHaveFocus();
  });

  it('is asked first when nothing is remembered, and a version needs it', () => {
    const onSave = saveDialog();
    const name = screen.getByLabelText('Your name');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Recorded as the author of this version.');
    fireEvent.change(screen.getByLabelText('What changed, and why'), {
      target: { value: 'Reword' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Give your name/);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
  });

  it('refuses a name git could not record as given', () => {
    const onSave = saveDialog();
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Eve <e@x>' } });
    fireEvent.change(screen.getByLabelText('What changed, and why'), {
      target: { value: 'Reword' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /without control, invisible or direction-changing characters, < or >/,
    );
    expect(rememberedName()).toBe('');
  });

  it('sends the trimmed name with the message and remembers it', () => {
    const onSave = saveDialog();
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: '  Dr New  ' } });
    fireEvent.change(screen.getByLabelText('What changed, and why'), {
      target: { value: 'Reword' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
    expect(onSave).toHaveBeenCalledWith('Reword', 'Dr New');
    expect(localStorage.getItem(NAME_KEY)).toBe('Dr New');
  });

  it("gives the approver's name apart from the reviewers", () => {
    localStorage.setItem(NAME_KEY, 'Dr Approver');
    const onApprove = vi.fn();
    render(
      <ApproveDialog busy={false} today="2026-01-10" onApprove={onApprove} onCancel={vi.fn()} />,
    );
    expect(screen.getByLabelText('Reviewers (comma-separated)')).toHaveFocus();
    fireEvent.change(screen.getByLabelText('Reviewers (comma-separated)'), {
      target: { value: 'Dr A, Dr B' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(onApprove).toHaveBeenCalledWith({
      reviewers: ['Dr A', 'Dr B'],
      reviewDue: '2027-01-10',
      author: 'Dr Approver',
    });
  });

  it('refuses a reviewer name the one name check refuses, before sending', () => {
    localStorage.setItem(NAME_KEY, 'Dr Approver');
    const onApprove = vi.fn();
    render(
      <ApproveDialog busy={false} today="2026-01-10" onApprove={onApprove} onCancel={vi.fn()} />,
    );
    fireEvent.change(screen.getByLabelText('Reviewers (comma-separated)'), {
      target: { value: 'Dr A, \u202eB rD' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(onApprove).not.toHaveBeenCalled();
    expect(screen.getByText(/^Reviewer “/)).toHaveTextContent(/direction-changing characters/);
  });
});
