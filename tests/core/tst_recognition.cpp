// The plate recognition engine: text rules, character segmentation and
// reading, on images drawn here (and on the shared dataset when present).

#include "core/recognition/CharClassifier.h"
#include "core/recognition/CharacterSegmenter.h"
#include "core/recognition/PlateRecognizer.h"
#include "core/recognition/PlateText.h"
#include "tests/support/Checks.h"

#include <QTemporaryFile>
#include <QTest>

#include <algorithm>
#include <opencv2/imgproc.hpp>

using namespace pl;

namespace {

// A clean plate: dark characters on a light plate with a frame, as a
// reader crop would show it.
cv::Mat drawPlate(const std::string& text, double angleDegrees = 0) {
    // Drawn wide, then condensed like plate lettering.
    cv::Mat plate(160, 460, CV_8U, cv::Scalar(225));
    cv::rectangle(plate, cv::Rect(5, 4, 450, 152), cv::Scalar(40), 4);
    // Character by character with a gap, as plates are stamped.
    const double scale = 2.0;
    const int thickness = 5;
    const int gap = 8;
    int baseline = 0;
    int width = 0;
    std::vector<cv::Size> sizes;
    for (const char c : text) {
        sizes.push_back(cv::getTextSize(std::string(1, c), cv::FONT_HERSHEY_SIMPLEX, scale,
                                        thickness, &baseline));
        width += sizes.back().width + gap;
    }
    width -= gap;
    if (width > 420)
        return {}; // would not fit inside the frame
    int x = (460 - width) / 2;
    for (size_t i = 0; i < text.size(); ++i) {
        cv::putText(plate, std::string(1, text[i]), cv::Point(x, (160 + sizes[i].height) / 2),
                    cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar(20), thickness, cv::LINE_AA);
        x += sizes[i].width + gap;
    }
    cv::resize(plate, plate, cv::Size(330, 160), 0, 0, cv::INTER_AREA);
    if (angleDegrees != 0) {
        const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(165, 80), angleDegrees, 1.0);
        cv::warpAffine(plate, plate, turn, plate.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                       cv::Scalar(225));
    }
    return plate;
}

// A plate whose first two characters are joined to each other by grass
// drawn under them, as plate artwork joins characters.
cv::Mat drawPlateWithGrass(const std::string& text) {
    cv::Mat plate = drawPlate(text);
    if (plate.empty())
        return plate;
    cv::Mat ink = plate(cv::Rect(10, 10, plate.cols - 20, plate.rows - 20)) < 128;
    const cv::Rect row = cv::boundingRect(ink) + cv::Point(10, 10);
    const int characterWidth = row.width / static_cast<int>(text.size());
    cv::rectangle(plate, cv::Rect(row.x - 6, row.br().y - 2, 2 * characterWidth + 6, 14),
                  cv::Scalar(20), cv::FILLED);
    return plate;
}

} // namespace

class TestRecognition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void normalizeKeepsLettersAndDigits();
    void confusionsArePairs();
    void priorFavoursDigitsOverRareLetters();
    void plausibilityFavoursUsualLengths();
    void expandNeverAddsOrDropsCharacters();
    void expandRanksOfferedAlternativesFirst();
    void segmenterFindsEachCharacter();
    void segmenterFindsCharactersJoinedToArtwork();
    void classifierIsBuiltIn();
    void readsADrawnPlate();
    void findsAPlateInAScene();
    void readsAPlateShapedImageAsACrop();
    void readsThePlateRowNotItsHeading();
    void emptyAndBlankImagesGiveNothing();

private:
    std::unique_ptr<core::PlateRecognizer> m_recognizer;
};

void TestRecognition::initTestCase() {
    auto made = core::PlateRecognizer::create({});
    PL_VERIFY_OK(made);
    m_recognizer = std::move(made.value());
}

void TestRecognition::normalizeKeepsLettersAndDigits() {
    QCOMPARE(core::PlateText::normalize(QStringLiteral("abc-12 3")), QStringLiteral("ABC123"));
    QCOMPARE(core::PlateText::normalize(QStringLiteral("ÉZ·9")), QStringLiteral("Z9"));
    QCOMPARE(core::PlateText::normalize(QString()), QString());
}

void TestRecognition::confusionsArePairs() {
    for (const char c : std::string("O0I1B8S5Z2G6")) {
        const QChar twin = core::PlateText::confusedWith(QLatin1Char(c));
        QVERIFY2(!twin.isNull(), &c);
        QCOMPARE(core::PlateText::confusedWith(twin), QChar(QLatin1Char(c)));
    }
    QCOMPARE(core::PlateText::confusedWith(QLatin1Char('D')), QChar(QLatin1Char('0')));
    QVERIFY(core::PlateText::confusedWith(QLatin1Char('K')).isNull());
}

void TestRecognition::priorFavoursDigitsOverRareLetters() {
    for (const char* pair : {"I1", "O0", "Q0"}) {
        QVERIFY(core::PlateText::characterPrior(QLatin1Char(pair[0])) <
                core::PlateText::characterPrior(QLatin1Char(pair[1])));
    }
    QCOMPARE(core::PlateText::characterPrior(QLatin1Char('K')), 1.0);
}

void TestRecognition::plausibilityFavoursUsualLengths() {
    using core::PlateText;
    QCOMPARE(PlateText::plausibility(QStringLiteral("ABC123")), 1.0);
    QCOMPARE(PlateText::plausibility(QStringLiteral("ABC1234")), 1.0);
    QVERIFY(PlateText::plausibility(QStringLiteral("ABC12")) < 1.0);
    QVERIFY(PlateText::plausibility(QStringLiteral("ABC")) <
            PlateText::plausibility(QStringLiteral("ABC12")));
    QCOMPARE(PlateText::plausibility(QString()), 0.0);
}

void TestRecognition::expandNeverAddsOrDropsCharacters() {
    const core::PlateText::Choices choices = {
        {{QLatin1Char('A'), 95.f}}, {{QLatin1Char('B'), 60.f}, {QLatin1Char('8'), 55.f}},
        {{QLatin1Char('C'), 90.f}}, {{QLatin1Char('1'), 80.f}, {QLatin1Char('7'), 30.f}},
        {{QLatin1Char('2'), 85.f}},
    };
    const QList<core::PlateCandidate> candidates = core::PlateText::expand(choices, 10);
    QVERIFY(candidates.size() > 3);
    QCOMPARE(candidates.first().text, QStringLiteral("ABC12"));
    QCOMPARE(candidates.first().charConfidences.size(), 5);
    QStringList texts;
    for (const core::PlateCandidate& candidate : candidates) {
        QCOMPARE(candidate.text.size(), 5);
        QVERIFY(!texts.contains(candidate.text));
        texts.append(candidate.text);
        QVERIFY(candidate.confidence >= 0 && candidate.confidence <= 100);
    }
    QVERIFY(texts.contains(QStringLiteral("A8C12")));
    QVERIFY(texts.contains(QStringLiteral("ABCI2"))); // the usual 1/I look-alike
}

void TestRecognition::expandRanksOfferedAlternativesFirst() {
    const core::PlateText::Choices choices = {
        {{QLatin1Char('S'), 70.f}, {QLatin1Char('5'), 65.f}},
        {{QLatin1Char('K'), 90.f}},
        {{QLatin1Char('Y'), 90.f}},
    };
    // S and 5 are look-alikes already offered; K and Y have none.
    const QList<core::PlateCandidate> candidates = core::PlateText::expand(choices, 3);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates[0].text, QStringLiteral("SKY"));
    QCOMPARE(candidates[1].text, QStringLiteral("5KY"));
}

void TestRecognition::segmenterFindsEachCharacter() {
    cv::Mat plate = drawPlate("KX4821");
    QVERIFY(!plate.empty());
    cv::Mat scaled;
    cv::resize(plate, scaled, cv::Size(plate.cols * 100 / plate.rows, 100));
    const auto rows = core::CharacterSegmenter::segment(scaled);
    QVERIFY(!rows.empty());
    QCOMPARE(rows.front().chars.size(), size_t(6));
    QVERIFY(rows.front().darkText);
    for (size_t i = 1; i < rows.front().chars.size(); ++i)
        QVERIFY(rows.front().chars[i].x > rows.front().chars[i - 1].x);
}

void TestRecognition::segmenterFindsCharactersJoinedToArtwork() {
    const cv::Mat plate = drawPlateWithGrass("KX4821");
    QVERIFY(!plate.empty());
    cv::Mat scaled;
    cv::resize(plate, scaled, cv::Size(plate.cols * 100 / plate.rows, 100));
    const auto rows =
        core::CharacterSegmenter::segment(scaled, 1, core::CharacterSegmenter::Extent::Plate);
    QVERIFY(!rows.empty());
    QCOMPARE(rows.front().chars.size(), size_t(6));
    for (size_t i = 1; i < rows.front().chars.size(); ++i)
        QVERIFY(rows.front().chars[i].x > rows.front().chars[i - 1].br().x);
    // The two found by looking again are marked as such for the reader.
    const auto& tentative = rows.front().tentative;
    QCOMPARE(tentative.size(), size_t(2));
    for (const size_t i : {size_t(0), size_t(1)})
        QVERIFY(std::find(tentative.begin(), tentative.end(), rows.front().chars[i]) !=
                tentative.end());
    // A photo's region is not searched beyond the row's ends.
    const auto regionRows = core::CharacterSegmenter::segment(scaled, 1);
    QVERIFY(!regionRows.empty());
    QCOMPARE(regionRows.front().chars.size(), size_t(4));
}

void TestRecognition::classifierIsBuiltIn() {
    auto classifier = core::CharClassifier::builtIn();
    PL_VERIFY_OK(classifier);
    cv::Mat glyph(48, 28, CV_8U, cv::Scalar(0));
    cv::rectangle(glyph, cv::Rect(10, 0, 8, 48), cv::Scalar(255), cv::FILLED);
    const auto choices = classifier.value()->classify(glyph, 4);
    QCOMPARE(choices.size(), size_t(4));
    float total = 0;
    for (const auto& [c, confidence] : choices) {
        QVERIFY(core::CharClassifier::classes().contains(c));
        total += confidence;
    }
    QVERIFY(total <= 100.5f);
    QVERIFY(choices[0].second >= choices[1].second);
    PL_VERIFY_ERROR(core::CharClassifier::fromFile(QStringLiteral("/nonexistent/model.yml")),
                    core::ErrorCode::NotFound);
    // A file that is no model, and one whose network is cut short.
    QTemporaryFile notAModel;
    QVERIFY(notAModel.open());
    notAModel.write("%YAML:1.0\n---\nsomething: 1\n");
    notAModel.close();
    PL_VERIFY_ERROR(core::CharClassifier::fromFile(notAModel.fileName()),
                    core::ErrorCode::InvalidArgument);
    QTemporaryFile cutShort;
    QVERIFY(cutShort.open());
    cutShort.write("%YAML:1.0\n---\nglyph_net:\n   conv1: 8\n   conv2: 16\n   hidden: 64\n"
                   "   outputs: 37\n   height: 32\n   width: 20\n"
                   "   parameters: !!opencv-matrix\n      rows: 2\n      cols: 1\n"
                   "      dt: f\n      data: [ 0., 1. ]\n");
    cutShort.close();
    PL_VERIFY_ERROR(core::CharClassifier::fromFile(cutShort.fileName()),
                    core::ErrorCode::InvalidArgument);
}

void TestRecognition::readsADrawnPlate() {
    for (const double angle : {0.0, 4.0}) {
        const cv::Mat plate = drawPlate("7KTR482", angle);
        QVERIFY(!plate.empty());
        const QList<core::PlateResult> results = m_recognizer->recognizePlate(plate);
        QVERIFY(!results.isEmpty());
        QStringList texts;
        for (const core::PlateCandidate& candidate : results.first().candidates) {
            texts.append(candidate.text);
            QCOMPARE(candidate.charConfidences.size(), candidate.text.size());
        }
        QVERIFY2(texts.contains(QStringLiteral("7KTR482")), qPrintable(texts.join(u' ')));
    }
}

void TestRecognition::findsAPlateInAScene() {
    // A plate on a car-coloured background with clutter around it.
    cv::Mat scene(720, 1280, CV_8U, cv::Scalar(90));
    cv::rectangle(scene, cv::Rect(200, 150, 900, 420), cv::Scalar(60), cv::FILLED);
    cv::line(scene, cv::Point(0, 650), cv::Point(1280, 600), cv::Scalar(200), 5);
    const cv::Mat plate = drawPlate("4MZK921");
    QVERIFY(!plate.empty());
    cv::Mat small;
    cv::resize(plate, small, cv::Size(), 0.6, 0.6, cv::INTER_AREA);
    small.copyTo(scene(cv::Rect(540, 380, small.cols, small.rows)));
    const QList<core::PlateResult> results = m_recognizer->recognize(scene);
    QVERIFY(!results.isEmpty());
    const QRect truth(540, 380, small.cols, small.rows);
    bool found = false;
    for (const core::PlateResult& result : results) {
        if (!result.box.intersects(truth))
            continue;
        for (const core::PlateCandidate& candidate : result.candidates)
            found = found || candidate.text == QStringLiteral("4MZK921");
    }
    QVERIFY(found);
}

void TestRecognition::readsAPlateShapedImageAsACrop() {
    // A photo that is a plate already is read as recognizePlate reads a
    // crop: characters joined to artwork at the row's end are found.
    const cv::Mat plate = drawPlateWithGrass("KX4821");
    QVERIFY(!plate.empty());
    const QList<core::PlateResult> asCrop = m_recognizer->recognizePlate(plate);
    QVERIFY(!asCrop.isEmpty());
    QCOMPARE(asCrop.first().candidates.first().text.size(), 6);
    const QList<core::PlateResult> asPhoto = m_recognizer->recognize(plate);
    QVERIFY(!asPhoto.isEmpty());
    QCOMPARE(asPhoto.first().candidates.first().text, asCrop.first().candidates.first().text);
}

void TestRecognition::readsThePlateRowNotItsHeading() {
    // A plate whose state name, above its characters, is a row of its own:
    // smaller lettering on a plate is its heading, not its number.
    cv::Mat scene(720, 1280, CV_8U, cv::Scalar(90));
    cv::Mat plate = drawPlate("4MZK921");
    QVERIFY(!plate.empty());
    cv::putText(plate, "OREGON", cv::Point(120, 42), cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(20),
                2, cv::LINE_AA);
    cv::Mat small;
    cv::resize(plate, small, cv::Size(), 0.8, 0.8, cv::INTER_AREA);
    small.copyTo(scene(cv::Rect(500, 300, small.cols, small.rows)));
    const QList<core::PlateResult> results = m_recognizer->recognize(scene);
    QVERIFY(!results.isEmpty());
    QVERIFY(!results.first().candidates.isEmpty());
    QCOMPARE(results.first().candidates.first().text, QStringLiteral("4MZK921"));
    // The heading is read as a region of its own, not lost as the plate's
    // duplicate, and ranked after it.
    bool heading = false;
    for (qsizetype i = 1; i < results.size(); ++i)
        heading = heading || results[i].candidates.first().text == QStringLiteral("OREGON");
    QVERIFY(heading);
}

void TestRecognition::emptyAndBlankImagesGiveNothing() {
    QVERIFY(m_recognizer->recognize(cv::Mat()).isEmpty());
    QVERIFY(m_recognizer->recognizePlate(cv::Mat()).isEmpty());
    QVERIFY(
        m_recognizer->recognize(cv::Mat(480, 640, CV_8UC3, cv::Scalar(128, 128, 128))).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecognition)
#include "tst_recognition.moc"
