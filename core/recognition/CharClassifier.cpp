#include "core/recognition/CharClassifier.h"

#include "core/recognition/GlyphFeatures.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/ml.hpp>

namespace pl::core {

namespace {
class ClassifierText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CharClassifier)
public:
    static QString unreadable(const QString& path) {
        return tr("The character model %1 cannot be read.").arg(path);
    }
};
} // namespace

QString CharClassifier::classes() {
    return QString::fromLatin1(GlyphFeatures::classes);
}

CharClassifier::CharClassifier(cv::Ptr<cv::ml::ANN_MLP> model)
    : m_model(std::move(model)) {}

CharClassifier::~CharClassifier() = default;

Result<std::unique_ptr<CharClassifier>> CharClassifier::builtIn() {
    return fromFile(QStringLiteral(":/recognition/plate-chars.yml"));
}

Result<std::unique_ptr<CharClassifier>> CharClassifier::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, ClassifierText::unreadable(path));
    const QByteArray text = file.readAll();
    try {
        cv::FileStorage storage(text.toStdString(),
                                cv::FileStorage::READ | cv::FileStorage::MEMORY);
        cv::Ptr<cv::ml::ANN_MLP> model = cv::ml::ANN_MLP::create();
        model->read(storage.getFirstTopLevelNode());
        if (!model->isTrained() || model->getLayerSizes().at<int>(0) != GlyphFeatures::size())
            return Error(ErrorCode::InvalidArgument, ClassifierText::unreadable(path));
        return std::unique_ptr<CharClassifier>(new CharClassifier(model));
    } catch (const cv::Exception&) {
        return Error(ErrorCode::InvalidArgument, ClassifierText::unreadable(path));
    }
}

std::vector<std::pair<QChar, float>> CharClassifier::classify(const cv::Mat& glyph, int k,
                                                              float* notCharacter) const {
    cv::Mat output;
    m_model->predict(GlyphFeatures::describe(glyph), output);
    const QString names = classes();
    // A model may have one more output after the characters: not a character.
    const int n = output.cols;
    // Outputs to shares that sum to 100 (softmax).
    std::vector<double> shares(n);
    double top = -1e9;
    for (int i = 0; i < n; ++i)
        top = std::max(top, static_cast<double>(output.at<float>(0, i)));
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        shares[i] = std::exp(4.0 * (output.at<float>(0, i) - top));
        sum += shares[i];
    }
    const int characters = std::min(n, static_cast<int>(names.size()));
    if (notCharacter)
        *notCharacter =
            n > characters ? static_cast<float>(100.0 * shares[characters] / sum) : 0.0f;
    std::vector<int> order(characters);
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + std::min(k, characters), order.end(),
                      [&shares](int a, int b) { return shares[a] > shares[b]; });
    std::vector<std::pair<QChar, float>> best;
    for (int i = 0; i < std::min(k, characters); ++i)
        best.emplace_back(names.at(order[i]), static_cast<float>(100.0 * shares[order[i]] / sum));
    return best;
}

} // namespace pl::core
