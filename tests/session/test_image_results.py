"""The confusion matrix, the misclassified test pictures and a drawn picture's probabilities
agree with the core's own prediction, with the parameters the cursor shows."""

import copy

import numpy as np
import pytest

from nnviz.core.data import standardization
from nnviz.core.experiment import Experiment
from nnviz.core.losses import predict_classes, true_classes
from nnviz.presets import load_experiment
from nnviz.session.events import FORWARD, UPDATE, Granularity
from nnviz.session.image_results import ImageResults, applies, class_probabilities
from nnviz.session.workspace import Workspace


def _trained(name: str, iterations: int = 20, spec_edit=None) -> Workspace:
    experiment = load_experiment(name)
    if spec_edit is not None:
        spec = copy.deepcopy(experiment.spec)
        spec_edit(spec)
        experiment = Experiment(spec, experiment.base_dir)
    ws = Workspace(experiment)
    ws.run(iterations)
    return ws


def test_the_confusion_matrix_counts_the_cores_predictions():
    ws = _trained("digits-cnn")
    data = ws.experiment.data
    results = ImageResults(ws.experiment).results(ws.stepper)
    a = ws.experiment.network.predict(data.x_test)
    true, predicted = true_classes(data.t_test), predict_classes(a)
    assert results.total == len(data.x_test) == 539
    for t in range(10):
        for p in range(10):
            assert results.confusion[t, p] == np.count_nonzero((true == t) & (predicted == p))
    assert results.accuracy == pytest.approx(np.mean(true == predicted))
    np.testing.assert_allclose(results.probabilities, a)
    # The mistakes are exactly the off-diagonal pictures, most confident first.
    wrong = {m.index for m in results.misclassified}
    assert wrong == set(np.flatnonzero(true != predicted).tolist())
    assert len(wrong) == results.total - results.right > 0
    confidences = [m.confidence for m in results.misclassified]
    assert confidences == sorted(confidences, reverse=True)
    for m in results.misclassified:
        assert (m.true, m.predicted) == (true[m.index], predicted[m.index])
        assert m.confidence == pytest.approx(a[m.index].max())
    cell = results.misclassified[0]
    picked = results.mistakes(cell.true, cell.predicted)
    assert picked and all((m.true, m.predicted) == (cell.true, cell.predicted) for m in picked)
    assert len(results.mistakes()) == len(results.misclassified)
    assert sum(len(results.mistakes(true=t)) for t in range(10)) == len(wrong)


def test_mid_iteration_the_results_use_the_parameters_the_iteration_started_from():
    ws = _trained("digits-cnn", 5)
    images = ImageResults(ws.experiment)
    before = images.results(ws.stepper)
    ws.step(Granularity.UNIT)  # into iteration 6: the update is not revealed yet
    assert ws.step_view().event.phase == FORWARD
    mid = images.results(ws.stepper)
    np.testing.assert_array_equal(mid.probabilities, before.probabilities)
    while ws.step_view().event.phase != UPDATE:
        ws.step(Granularity.PHASE)  # step out: at the update phase, its end (every layer updated)
    after = images.results(ws.stepper)
    a = ws.experiment.network.predict(ws.experiment.data.x_test)
    np.testing.assert_allclose(after.probabilities, a)
    assert not np.array_equal(after.probabilities, before.probabilities)
    assert images.results(ws.stepper) is after  # remembered while the parameters are the same


@pytest.mark.parametrize("standardize", [False, True])
def test_a_drawn_picture_gets_the_cores_probabilities(standardize):
    def edit(spec):
        spec["data"]["standardize"] = standardize

    ws = _trained("digits-cnn", 10, edit)
    data = ws.experiment.data
    picture = np.zeros((8, 8))
    picture[1:7, 3:5] = 1.0  # a drawn "1", in the data's pixel scale (0 dark, 1 bright)
    images = ImageResults(ws.experiment)
    p = images.classify(ws.stepper, picture)
    x = picture[None, None]
    if standardize:  # the network sees it standardized as the training pictures were
        mean, std = standardization(data.points_train)
        x = (x - mean) / std
        assert not np.allclose(x, picture[None, None])
    expected = ws.experiment.network.predict(x)[0]
    assert p.shape == (10,) and p.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(p, expected, rtol=1e-9, atol=1e-12)
    # A test picture classified on its own gets what it got in the whole test set.
    whole = images.results(ws.stepper)
    alone = images.classify(ws.stepper, data.points_test[3])
    np.testing.assert_allclose(alone, whole.probabilities[3], rtol=1e-9, atol=1e-12)


def test_one_sigmoid_unit_gives_two_classes():
    ws = _trained("bars-edge-kernel", 30)
    results = ImageResults(ws.experiment).results(ws.stepper)
    a = ws.experiment.network.predict(ws.experiment.data.x_test)
    assert results.confusion.shape == (2, 2)
    np.testing.assert_allclose(results.probabilities[:, 1], a[:, 0])
    np.testing.assert_allclose(class_probabilities(a).sum(axis=1), 1.0)
    assert results.total == len(ws.experiment.data.x_test)


def test_only_picture_classifiers_apply():
    assert applies(load_experiment("digits-cnn")) and applies(load_experiment("digits-mlp"))
    assert applies(load_experiment("bars-edge-kernel"))
    assert not applies(load_experiment("xor-2-2-1")) and not applies(load_experiment("softmax-3-classes"))
