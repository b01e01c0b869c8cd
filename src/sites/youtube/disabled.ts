/** A button that does nothing when pressed: YouTube disables a comment box's submit button while the box is empty. */
export const isDisabled = (button: Element): boolean => button.matches(':disabled, [aria-disabled="true"]');
