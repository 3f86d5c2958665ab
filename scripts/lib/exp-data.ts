/**
 * Data of the experiment scripts. By default the model is fitted on 80% of
 * FUNSD train + XFUND-zh train and scored on the other 20% of each (the
 * validation split on which every setting is chosen); with `KIE_TEST=1` it is
 * fitted on all training pages and scored on FUNSD test and XFUND-zh val (the
 * reported numbers, run once settings are fixed).
 */
import { loadFunsd, loadXfundZh, type NamedPage } from './datasets.js';
import { splitPages } from './split.js';

export interface ExpData {
  readonly fit: NamedPage[];
  /** Scored sets, FUNSD first. */
  readonly evalSets: readonly (readonly [string, NamedPage[]])[];
  readonly test: boolean;
}

export async function loadExpData(): Promise<ExpData> {
  const test = process.env.KIE_TEST === '1';
  const [fTrain, xTrain] = await Promise.all([loadFunsd('training_data'), loadXfundZh('zh_train')]);
  if (test) {
    const [fTest, xVal] = await Promise.all([loadFunsd('testing_data'), loadXfundZh('zh_val')]);
    return { fit: [...fTrain, ...xTrain], evalSets: [['FUNSD test', fTest], ['XFUND test', xVal]], test };
  }
  const f = splitPages(fTrain);
  const x = splitPages(xTrain);
  return { fit: [...f.fit, ...x.fit], evalSets: [['FUNSD dev', f.val], ['XFUND dev', x.val]], test };
}
