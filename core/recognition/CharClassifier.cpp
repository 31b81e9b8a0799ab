#include "core/recognition/CharClassifier.h"

#include "core/recognition/GlyphFeatures.h"
#include "core/recognition/GlyphNet.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

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

CharClassifier::CharClassifier(GlyphNet net)
    : m_net(std::make_unique<GlyphNet>(std::move(net))) {}

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
        GlyphNet net;
        if (!net.read(storage["glyph_net"]) ||
            net.shape().outputs < static_cast<int>(std::strlen(GlyphFeatures::classes)))
            return Error(ErrorCode::InvalidArgument, ClassifierText::unreadable(path));
        return std::unique_ptr<CharClassifier>(new CharClassifier(std::move(net)));
    } catch (const cv::Exception&) {
        return Error(ErrorCode::InvalidArgument, ClassifierText::unreadable(path));
    }
}

std::vector<std::pair<QChar, float>> CharClassifier::classify(const cv::Mat& glyph, int k,
                                                              float* notCharacter) const {
    cv::Mat box;
    GlyphFeatures::fit(glyph).convertTo(box, CV_32F, 1.0 / 255);
    GlyphNet::Activations passed;
    m_net->forward(box, GlyphFeatures::aspect(glyph), passed);
    const std::vector<float>& output = passed.logits;
    const QString names = classes();
    // A model may have one more output after the characters: not a character.
    const int n = static_cast<int>(output.size());
    // Outputs to shares that sum to 100 (softmax).
    std::vector<double> shares(n);
    const double top = *std::max_element(output.begin(), output.end());
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        shares[i] = std::exp(output[i] - top);
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
