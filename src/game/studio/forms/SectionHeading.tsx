import { useForm } from './formContext.ts';
import type { Section } from './formRoute.ts';

/** A form's heading: focused when the form opens from a problem or the sidebar, so a reader hears where they are. */
export function SectionHeading({ section }: { section: Section }) {
  const { texts } = useForm();
  return (
    <h2 tabIndex={-1} class="studio-form-heading">
      {texts.ui.sections[section]}
    </h2>
  );
}
