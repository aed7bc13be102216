import { DIMENSIONS } from '../../../engine/index.ts';
import { useGame } from '../../ui/gameContext.ts';
import { useForm } from './formContext.ts';
import { NumberInput } from './inputs.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** How the dimensions weigh in the total, and the response-time marks. */
export function ScoringForm() {
  const { texts } = useForm();
  // The game's own names of the dimensions, as the debrief shows them.
  const { t } = useGame();
  return (
    <>
      <SectionHeading section="scoring" />
      <h3>{texts.ui.blocks.weights}</h3>
      <div class="studio-field-row">
        {DIMENSIONS.map((dimension) => (
          <NumberInput
            key={dimension}
            path={['scoring', 'weights', dimension]}
            field="weight"
            label={`${texts.fields.weight.label}: ${t(`debrief.dimension.${dimension}`)}`}
            optional
            min={0}
            max={100}
          />
        ))}
      </div>
      <h3>{texts.ui.blocks.responseTime}</h3>
      <div class="studio-field-row">
        <NumberInput path={['scoring', 'responseTime', 'excellent']} field="responseTime.excellent" optional min={1} max={3600} />
        <NumberInput path={['scoring', 'responseTime', 'acceptable']} field="responseTime.acceptable" optional min={1} max={3600} />
        <NumberInput path={['scoring', 'responseTime', 'hold']} field="responseTime.hold" optional min={1} max={3600} />
      </div>
    </>
  );
}
