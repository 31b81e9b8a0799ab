#include "core/recognition/PlateReader.h"

#include "core/recognition/CharClassifier.h"
#include "core/recognition/CharacterSegmenter.h"
#include "core/recognition/PlateText.h"
#include "core/recognition/Scaling.h"

#include <QCoreApplication>
#include <QFile>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <map>
#include <opencv2/imgproc.hpp>

namespace pl::core {

namespace {

class ReaderText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::PlateReader)
public:
    static QString noEngine(const QString& where) {
        return tr("The OCR engine could not start: Tesseract's English model was not found "
                  "(looked in %1). Install the package tesseract-ocr-eng.")
            .arg(where);
    }
};

constexpr int lineCharHeight = 48; // characters on the OCR's clean line
constexpr int lineGap = 12;
// How much the classifier's choices count against Tesseract's where both
// read every character (measured on the cropped-plate set with the model
// trained on segmenter-like samples: 0.5 best of 0.3, 0.5 and 0.7).
constexpr float classifierWeight = 0.5f;
// A character the classifier takes for no character with more than this
// confidence (0..100) is left out of the row (40 and 60 measured alike).
constexpr float notCharacterLimit = 40.0f;
// A character the segmenter found only by looking again in the row's band
// stays only where the classifier's best choice has this confidence (55
// and 70 measured alike on the cropped plates, 85 worse).
constexpr float tentativeConfidence = 60.0f;

// The characters cut out of the row and set black on white, evenly spaced.
cv::Mat cleanLine(const CharacterSegmenter::Row& row) {
    int width = 16;
    std::vector<cv::Mat> glyphs;
    for (size_t i = 0; i < row.chars.size(); ++i) {
        const cv::Rect& box = row.chars[i];
        const cv::Mat& glyph = row.glyphs[i];
        const double scale = static_cast<double>(lineCharHeight) / box.height;
        cv::Mat scaled;
        cv::resize(glyph, scaled,
                   cv::Size(std::max(1, static_cast<int>(box.width * scale)), lineCharHeight), 0, 0,
                   cv::INTER_AREA);
        glyphs.push_back(scaled);
        width += scaled.cols + lineGap;
    }
    width += 4;
    cv::Mat line(lineCharHeight + 32, width, CV_8U, cv::Scalar(255));
    int x = 16;
    for (const cv::Mat& glyph : glyphs) {
        cv::Mat target = line(cv::Rect(x, 16, glyph.cols, glyph.rows));
        cv::Mat inverted;
        cv::bitwise_not(glyph, inverted);
        inverted.copyTo(target);
        x += glyph.cols + lineGap;
    }
    return line;
}

// One character alone, black on white with a margin.
cv::Mat whiteGlyph(const cv::Mat& glyph) {
    const cv::Mat scaled = scaledToHeight(glyph, lineCharHeight, cv::INTER_AREA);
    cv::Mat out(lineCharHeight + 32, scaled.cols + 32, CV_8U, cv::Scalar(255));
    cv::Mat inverted;
    cv::bitwise_not(scaled, inverted);
    inverted.copyTo(out(cv::Rect(16, 16, scaled.cols, scaled.rows)));
    return out;
}

} // namespace

PlateReader::PlateReader(const Options& options, std::unique_ptr<tesseract::TessBaseAPI> api,
                         std::unique_ptr<CharClassifier> classifier)
    : m_options(options)
    , m_api(std::move(api))
    , m_classifier(std::move(classifier)) {}

PlateReader::~PlateReader() {
    if (m_api)
        m_api->End();
}

Result<std::unique_ptr<PlateReader>> PlateReader::create(const Options& options) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    std::vector<std::string> names = {"load_system_dawg", "load_freq_dawg",    "load_punc_dawg",
                                      "load_number_dawg", "load_unambig_dawg", "load_bigram_dawg"};
    std::vector<std::string> values(names.size(), "0");
    const QByteArray dir = QFile::encodeName(options.tessdataDir);
    const int rc = api->Init(dir.isEmpty() ? nullptr : dir.constData(), "eng",
                             tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false);
    if (rc != 0)
        return Error(
            ErrorCode::NotFound,
            ReaderText::noEngine(options.tessdataDir.isEmpty()
                                     ? QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
                                     : options.tessdataDir));
    api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    api->SetVariable("tessedit_char_whitelist", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    api->SetVariable("lstm_choice_mode", "2");
    api->SetVariable("debug_file", "/dev/null");
    auto classifier = options.characterModel.isEmpty()
                          ? CharClassifier::builtIn()
                          : CharClassifier::fromFile(options.characterModel);
    if (!classifier)
        return classifier.error();
    return std::unique_ptr<PlateReader>(
        new PlateReader(options, std::move(api), std::move(classifier.value())));
}

std::vector<PlateReader::Symbol> PlateReader::readSymbols(const cv::Mat& image) {
    std::vector<Symbol> symbols;
    m_api->SetImage(image.data, image.cols, image.rows, 1, static_cast<int>(image.step));
    if (m_api->Recognize(nullptr) != 0)
        return symbols;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return symbols;
    do {
        std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_SYMBOL));
        if (!utf8)
            continue;
        const QString best = PlateText::normalize(QString::fromUtf8(utf8.get()));
        if (best.size() != 1)
            continue;
        Symbol symbol;
        symbol.choices.emplace_back(best.at(0), it->Confidence(tesseract::RIL_SYMBOL));
        tesseract::ChoiceIterator choice(*it);
        do {
            const char* text = choice.GetUTF8Text();
            if (!text)
                continue;
            const QString alt = PlateText::normalize(QString::fromUtf8(text));
            if (alt.size() == 1 && alt.at(0) != best.at(0))
                symbol.choices.emplace_back(alt.at(0), choice.Confidence());
        } while (choice.Next());
        symbols.push_back(std::move(symbol));
    } while (it->Next(tesseract::RIL_SYMBOL));
    return symbols;
}

PlateReader::Reading PlateReader::read(const cv::Mat& input, int workHeight,
                                       CharacterSegmenter::Extent extent) {
    Reading reading;
    if (input.empty())
        return reading;
    const cv::Mat scaled = scaledToHeight(input, workHeight);
    const std::vector<CharacterSegmenter::Row> rows =
        CharacterSegmenter::segment(scaled, 2, extent);
    if (rows.empty())
        return reading;

    std::map<QString, PlateCandidate> byText;
    std::map<QString, bool> agreed;
    for (size_t r = 0; r < rows.size(); ++r) {
        CharacterSegmenter::Row row = rows[r];
        // The classifier's reading of each segmented character; what it
        // takes for no character at all (an emblem, a picture) is left out.
        std::vector<Symbol> classified;
        for (size_t i = 0; i < row.glyphs.size();) {
            Symbol symbol;
            float notCharacter = 0;
            symbol.choices = m_classifier->classify(row.glyphs[i], 4, &notCharacter);
            // One found only by looking again in the band is more often
            // artwork: it stays only if the classifier is fairly sure of it.
            const bool tentative = std::find(row.tentative.begin(), row.tentative.end(),
                                             row.chars[i]) != row.tentative.end();
            const bool unsure = tentative && (symbol.choices.empty() ||
                                              symbol.choices.front().second < tentativeConfidence);
            if ((notCharacter > notCharacterLimit || unsure) && row.glyphs.size() > 4) {
                row.glyphs.erase(row.glyphs.begin() + static_cast<std::ptrdiff_t>(i));
                row.chars.erase(row.chars.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            classified.push_back(std::move(symbol));
            ++i;
        }
        const cv::Mat line = cleanLine(row);
        std::vector<Symbol> symbols = readSymbols(line);
        if (!symbols.empty() && symbols.size() != row.chars.size()) {
            // The OCR merged or split characters on the line: read each
            // character on its own so the readings line up with the row.
            std::vector<Symbol> single;
            m_api->SetPageSegMode(tesseract::PSM_SINGLE_CHAR);
            for (const cv::Mat& glyph : row.glyphs) {
                std::vector<Symbol> read = readSymbols(whiteGlyph(glyph));
                single.push_back(read.size() == 1 ? read.front() : Symbol());
            }
            m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
            bool complete = true;
            for (const Symbol& symbol : single)
                complete = complete && !symbol.choices.empty();
            if (complete)
                symbols = single;
        }
        if (symbols.empty()) {
            symbols = classified;
        } else if (symbols.size() == classified.size()) {
            // Both read every character: each choice's confidence is the
            // mean of the two engines' (zero where one did not offer it).
            for (size_t i = 0; i < symbols.size(); ++i) {
                std::map<QChar, float> votes;
                for (const auto& [c, conf] : symbols[i].choices)
                    votes[c] += conf * (1.0f - classifierWeight);
                for (const auto& [c, conf] : classified[i].choices)
                    votes[c] += conf * classifierWeight;
                std::vector<std::pair<QChar, float>> merged(votes.begin(), votes.end());
                std::sort(merged.begin(), merged.end(),
                          [](const auto& a, const auto& b) { return a.second > b.second; });
                symbols[i].choices = merged;
            }
        }
        if (symbols.empty())
            continue;
        // Look-alikes weighed by how likely each is on a plate.
        for (Symbol& symbol : symbols) {
            for (auto& [c, conf] : symbol.choices)
                conf = static_cast<float>(conf * PlateText::characterPrior(c));
            std::stable_sort(symbol.choices.begin(), symbol.choices.end(),
                             [](const auto& a, const auto& b) { return a.second > b.second; });
        }
        // A row whose character count disagrees with the segmentation is
        // less sure: the OCR merged or split something.
        const bool counted = symbols.size() == row.chars.size();
        const double agreement = counted ? 1.0 : 0.85;
        for (const PlateCandidate& candidate : PlateText::expand(
                 [&symbols] {
                     std::vector<std::vector<std::pair<QChar, float>>> choices;
                     for (const Symbol& s : symbols)
                         choices.push_back(s.choices);
                     return choices;
                 }(),
                 m_options.maxCandidates)) {
            PlateCandidate scored = candidate;
            scored.confidence *= agreement * (0.75 + 0.25 * row.score);
            auto found = byText.find(scored.text);
            if (found == byText.end() || found->second.confidence < scored.confidence) {
                byText[scored.text] = scored;
                agreed[scored.text] = counted;
            }
        }
        if (r == 0)
            reading.rowScore = row.score;
    }
    for (auto& [text, candidate] : byText)
        reading.candidates.append(candidate);
    std::stable_sort(reading.candidates.begin(), reading.candidates.end(),
                     [](const PlateCandidate& a, const PlateCandidate& b) {
                         return a.confidence > b.confidence;
                     });
    if (!reading.candidates.isEmpty())
        reading.countsAgree = agreed[reading.candidates.first().text];
    if (reading.candidates.size() > m_options.maxCandidates)
        reading.candidates.resize(m_options.maxCandidates);
    return reading;
}

} // namespace pl::core
