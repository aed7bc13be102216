import { AnytimeForm, DefaultsForm } from './BehaviourForms.tsx';
import { CollectionForm } from './CollectionForm.tsx';
import { ConsoleForm } from './ConsoleForm.tsx';
import type { FormRoute } from './formRoute.ts';
import { ListsForm } from './ListsForm.tsx';
import { FactForm, IntentForm } from './NamedForms.tsx';
import { CustomerForm, MetadataForm } from './OverviewForms.tsx';
import { PolicyForm } from './PolicyForm.tsx';
import { ScoringForm } from './ScoringForm.tsx';
import { StateForm } from './StateForm.tsx';
import { TestForm } from './TestForm.tsx';

/** The form for a route; an entry that no longer exists (renamed in the text) shows its collection. */
export function FormPane({ route, exists }: { route: FormRoute; exists: boolean }) {
  const { section, entry } = route;
  if (entry !== undefined && exists) {
    if (section === 'states') return <StateForm name={String(entry)} />;
    if (section === 'intents') return <IntentForm name={String(entry)} />;
    if (section === 'facts') return <FactForm name={String(entry)} />;
    if (section === 'tests') return <TestForm index={Number(entry)} />;
  }
  switch (section) {
    case 'metadata':
      return <MetadataForm />;
    case 'customer':
      return <CustomerForm />;
    case 'console':
      return <ConsoleForm />;
    case 'lists':
      return <ListsForm />;
    case 'defaults':
      return <DefaultsForm />;
    case 'anytime':
      return <AnytimeForm />;
    case 'policy':
      return <PolicyForm />;
    case 'scoring':
      return <ScoringForm />;
    case 'states':
    case 'intents':
    case 'facts':
    case 'tests':
      return <CollectionForm section={section} />;
  }
}
