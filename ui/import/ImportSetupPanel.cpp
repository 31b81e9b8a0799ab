#include "ui/import/ImportSetupPanel.h"

#include "core/common/TimeFormat.h"
#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "ui/common/FormDialog.h"
#include "ui/import/FieldRow.h"
#include "ui/import/ImportDeviceFields.h"
#include "ui/import/ImportMappingPanel.h"
#include "ui/import/ImportPreviewModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pl::ui {

namespace {
constexpr int kPreviewRows = 20;
constexpr int kTypingPauseMs = 400;
} // namespace

ImportSetupPanel::ImportSetupPanel(core::Station& station, const core::Session& session,
                                   QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_fileRow(new FieldRow(QStringLiteral("fileError"), this))
    , m_layout(new QLabel(this))
    , m_detected(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_profileRow(new FieldRow(QStringLiteral("profileError"), this))
    , m_sheet(new QComboBox(this))
    , m_sheetRow(new FieldRow(QStringLiteral("sheetError"), this))
    , m_deviceFields(new ImportDeviceFields(station, session, this))
    , m_previous(new QLabel(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_previewTable(new QTableView(this))
    , m_mapping(new ImportMappingPanel(this))
    , m_run(new QPushButton(tr("Run import"), this))
    , m_runMessage(new QLabel(this))
    , m_previewTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("setupPanel"));
    auto* intro = new QLabel(
        tr("Import a reader's export (CSV or other delimited text, or an Excel workbook). "
           "Nothing is stored until you run the import. Every row ends stored, stored with "
           "flags, skipped as a duplicate, or rejected with its reason."),
        this);
    intro->setWordWrap(true);

    auto* formBox = new QWidget(this);
    m_form = new QFormLayout(formBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildForm(m_form);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    // The layout and detection lines sit in a box layout, not the form, so
    // long texts wrap to their full height.
    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(formBox);
    formColumn->addWidget(m_layout);
    formColumn->addWidget(m_detected);
    formColumn->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(formColumn, 3);
    top->addWidget(separator);
    top->addWidget(m_mapping, 2);

    m_previous->setObjectName(QStringLiteral("previousImportsNote"));
    m_previous->setWordWrap(true);
    m_previous->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 4px 8px; }"));
    m_previous->hide();

    auto* previewHeading =
        new QLabel(tr("<b>Preview</b>: the first rows as they will be read, with the line in "
                      "the file on the left and the field each column feeds in its header."),
                   this);
    previewHeading->setWordWrap(true);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() +
                                                            6);

    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_runMessage->setObjectName(QStringLiteral("runMessage"));
    m_runMessage->setWordWrap(true);
    m_runMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_runMessage, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_previous);
    layout->addWidget(previewHeading);
    layout->addWidget(m_previewTable, 1);
    layout->addLayout(runRow);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kTypingPauseMs);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { preview(false); });
    connect(m_path, &QLineEdit::textChanged, this, &ImportSetupPanel::onPathChanged);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        m_previewTimer->stop();
        preview(true);
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportSetupPanel::browse);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        // Signals are blocked while detection picks the profile: this is a person's choice.
        m_profileChosen = true;
        m_profileRow->setError({});
        preview(true);
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_sheetChosen = true;
        preview(true);
    });
    connect(m_mapping, &ImportMappingPanel::mappingChanged, this,
            [this] { m_previewModel->setMapping(m_mapping->mapping()); });
    connect(m_mapping, &ImportMappingPanel::saveRequested, this, &ImportSetupPanel::saveProfile);
    connect(m_run, &QPushButton::clicked, this, &ImportSetupPanel::runRequested);

    reload();
    clearPreview();
}

void ImportSetupPanel::buildForm(QFormLayout* form) {
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Type the path of the file, or browse for it"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_fileRow->addWidget(m_path, 1);
    m_fileRow->addWidget(m_browse);
    m_layout->setObjectName(QStringLiteral("detectedLayout"));
    m_layout->setWordWrap(true);
    m_layout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setObjectName(QStringLiteral("detectedProfile"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(24);
    m_profile->setPlaceholderText(tr("Choose a profile"));
    m_profileRow->addWidget(m_profile, 1);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetRow->addWidget(m_sheet, 1);

    form->addRow(tr("&File:"), m_fileRow);
    form->addRow(tr("&Profile:"), m_profileRow);
    form->addRow(tr("&Sheet:"), m_sheetRow);
    m_deviceFields->addRows(form);
    form->setRowVisible(m_sheetRow, false);
}

void ImportSetupPanel::reload() {
    loadProfiles();
    m_deviceFields->reload();
}

void ImportSetupPanel::loadProfiles() {
    auto profiles = m_station.imports().profiles(m_session);
    if (!profiles) {
        m_profileRow->setError(profiles.error().message());
        return;
    }
    const QString current = m_profile->currentData().toString();
    m_profiles = profiles.value();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const core::ImportProfile& profile : std::as_const(m_profiles)) {
        const QString label = profile.label.isEmpty() ? profile.id : profile.label;
        m_profile->addItem(profile.builtIn ? label : tr("%1 (saved)").arg(label), profile.id);
        m_profile->setItemData(m_profile->count() - 1, tr("%1\nid: %2").arg(label, profile.id),
                               Qt::ToolTipRole);
    }
    m_profile->setCurrentIndex(m_profile->findData(current));
}

void ImportSetupPanel::selectProfile(const QString& id) {
    const QSignalBlocker blocker(m_profile);
    m_profile->setCurrentIndex(id.isEmpty() ? -1 : m_profile->findData(id));
    m_profile->setToolTip(m_profile->currentData(Qt::ToolTipRole).toString());
}

const core::ImportProfile* ImportSetupPanel::currentProfile() const {
    const QString id = m_profile->currentData().toString();
    for (const core::ImportProfile& profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

void ImportSetupPanel::setFilePath(const QString& path) {
    m_path->setText(path);
    m_previewTimer->stop();
    preview(true);
}

QString ImportSetupPanel::filePath() const {
    return m_path->text().trimmed();
}

void ImportSetupPanel::onPathChanged() {
    // A new file: detect its profile and sheet again.
    m_profileChosen = false;
    m_sheetChosen = false;
    m_fileRow->setError({});
    showRunMessage({}, false);
    m_previewTimer->start();
}

void ImportSetupPanel::refreshPreview() {
    m_previewKey.clear();
    preview(true);
}

void ImportSetupPanel::preview(bool reportMissing) {
    const QString path = filePath();
    if (path.isEmpty()) {
        m_previewKey.clear();
        clearPreview();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_previewKey.clear();
        clearPreview();
        if (reportMissing)
            m_fileRow->setError(info.exists() ? tr("This is a folder, not a file.")
                                              : tr("There is no file at this path."));
        return;
    }
    const QString profileId = m_profileChosen ? m_profile->currentData().toString() : QString();
    const QString sheet = m_sheetChosen ? m_sheet->currentText() : QString();
    const QString key = path + QChar(0) + profileId + QChar(0) + sheet;
    if (key == m_previewKey)
        return;
    m_previewKey = key;
    auto result = m_station.imports().preview(m_session, path, profileId, sheet, kPreviewRows);
    if (!result) {
        clearPreview();
        (profileId.isEmpty() ? m_fileRow : m_profileRow)->setError(result.error().message());
        return;
    }
    m_fileRow->setError({});
    m_profileRow->setError({});
    showPreview(result.value());
}

void ImportSetupPanel::clearPreview() {
    m_preview.reset();
    m_previewModel->clear();
    m_mapping->clear();
    m_layout->setText(tr("<b>Layout:</b> (no file yet)"));
    m_detected->setText(tr("<b>Detected profile:</b> (no file yet)"));
    m_previous->hide();
    m_form->setRowVisible(m_sheetRow, false);
    m_deviceFields->setProfile(currentProfile());
}

void ImportSetupPanel::showPreview(const core::ImportPreview& preview) {
    m_preview = preview;
    const QLocale locale;
    m_layout->setText(tr("<b>Layout:</b> %1 · %2")
                          .arg(preview.detectedLayout.toHtmlEscaped(),
                               locale.formattedDataSize(preview.fileSize)));
    if (!m_profileChosen)
        selectProfile(preview.detectedProfileId);
    if (preview.detectedProfileId.isEmpty()) {
        m_detected->setText(tr("<b>Detected profile:</b> none; no profile recognises this "
                               "file."));
        if (!currentProfile())
            m_profileRow->setError(tr("Choose the profile that describes this file's layout, "
                                      "or pick the closest one and correct its mapping."));
    } else {
        const int index = m_profile->findData(preview.detectedProfileId);
        const QString label = index >= 0 ? m_profile->itemText(index) : preview.detectedProfileId;
        m_detected->setText(tr("<b>Detected profile:</b> %1 (%2)")
                                .arg(label.toHtmlEscaped(), preview.detectedProfileId));
    }

    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(preview.sheets);
        m_sheet->setCurrentIndex(m_sheet->findText(preview.sheet));
    }
    m_form->setRowVisible(m_sheetRow, !preview.sheets.isEmpty());

    const core::ImportProfile* profile = currentProfile();
    m_previewModel->setPreview(preview);
    m_previewTable->resizeColumnsToContents();
    m_mapping->setPreview(preview, profile);
    m_deviceFields->setProfile(profile);

    if (preview.previousImports.isEmpty()) {
        m_previous->hide();
    } else {
        QStringList lines;
        for (const core::ImportRecord& record : preview.previousImports)
            lines.append(tr("%1 by %2")
                             .arg(core::TimeFormat::toDisplay(record.startedUtc), record.userName));
        m_previous->setText(tr("This file (same SHA-256) was imported before: %1. Importing it "
                               "again will ask for confirmation.")
                                .arg(lines.join(QStringLiteral("; "))));
        m_previous->show();
    }
}

std::optional<core::ImportRequest> ImportSetupPanel::request() {
    showRunMessage({}, false);
    m_fileRow->setError({});
    m_profileRow->setError({});
    bool ok = true;
    core::ImportRequest request;
    request.filePath = filePath();
    const QFileInfo info(request.filePath);
    if (request.filePath.isEmpty()) {
        m_fileRow->setError(tr("Type or pick the file to import."));
        ok = false;
    } else if (!info.isFile()) {
        m_fileRow->setError(tr("There is no file at this path."));
        ok = false;
    } else if (!info.isReadable()) {
        m_fileRow->setError(tr("This file cannot be read: check its permissions."));
        ok = false;
    }
    const core::ImportProfile* profile = currentProfile();
    if (!profile) {
        m_profileRow->setError(tr("Choose the profile that describes this file's layout."));
        ok = false;
    } else {
        request.profileId = profile->id;
        if (m_mapping->isChanged()) {
            m_profileRow->setError(tr("The column mapping was changed: save it as a profile "
                                      "first, or undo the change."));
            ok = false;
        }
    }
    if (m_preview && !m_preview->sheets.isEmpty())
        request.sheet = m_sheet->currentText();
    if (!m_deviceFields->fill(request))
        ok = false;
    if (!ok) {
        showRunMessage(tr("Correct the fields marked above."), true);
        return std::nullopt;
    }
    return request;
}

void ImportSetupPanel::showRunMessage(const QString& text, bool isError) {
    m_runMessage->setText(text);
    m_runMessage->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void ImportSetupPanel::browse() {
    auto* dialog = new QFileDialog(this, tr("Choose the file to import"));
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Reader exports (*.csv *.tsv *.tab *.txt *.psv *.xlsx)"), tr("All files (*)")});
    const QFileInfo current(filePath());
    if (!filePath().isEmpty() && current.dir().exists())
        dialog->setDirectory(current.dir());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { setFilePath(QDir::toNativeSeparators(path)); });
    dialog->open();
}

QString ImportSetupPanel::uniqueProfileId(const QString& name) const {
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty())
        slug = QStringLiteral("profile");
    const QString base = QStringLiteral("custom-") + slug.left(48);
    auto taken = [this](const QString& id) {
        for (const core::ImportProfile& profile : m_profiles) {
            if (profile.id == id)
                return true;
        }
        return false;
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void ImportSetupPanel::saveProfile() {
    const core::ImportProfile* profile = currentProfile();
    if (!profile || !m_mapping->isChanged())
        return;
    const core::ImportProfile base = *profile;
    const QHash<QString, QStringList> changes = m_mapping->changes();
    auto* dialog = new FormDialog(tr("Save the mapping as a profile"), this);
    dialog->setObjectName(QStringLiteral("saveProfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntro(tr("A copy of “%1” that reads the columns as you corrected them. It is "
                        "saved in the store and offered for later imports.")
                         .arg(base.label.toHtmlEscaped()));
    auto* name = new QLineEdit(tr("%1 (corrected)").arg(base.label), dialog);
    name->setObjectName(QStringLiteral("profileName"));
    name->selectAll();
    dialog->form()->addRow(tr("&Name:"), name);
    dialog->setSubmitText(tr("Save profile"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, name, base, changes] {
        const QString label = name->text().trimmed();
        if (label.isEmpty()) {
            dialog->showError(tr("Give the profile a name."));
            return;
        }
        const QString id = uniqueProfileId(label);
        auto derived = base.derive(id, label, changes);
        if (!derived) {
            dialog->showError(derived.error().message());
            return;
        }
        const core::Status saved = m_station.imports().saveProfile(m_session, derived.value());
        if (!saved) {
            dialog->showError(saved.error().message());
            return;
        }
        dialog->accept();
        loadProfiles();
        selectProfile(id);
        m_profileChosen = true;
        refreshPreview();
        showRunMessage(tr("Profile “%1” saved and chosen.").arg(label), false);
    });
    dialog->open();
}

} // namespace pl::ui
