#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/ImportTypes.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class FieldRow;
class ImportDeviceFields;
class ImportMappingPanel;
class ImportPreviewModel;

// The "new import" form: the file (typed or picked), its detected layout and
// profile, the sheet of a workbook, the reader device and time zone, the
// video start when the profile needs one, a preview of the first rows with
// the column mapping (which can be corrected and saved as a profile), and Run.
// Nothing is stored until the owner runs the request; what was typed stays
// after any error.
class ImportSetupPanel : public QWidget {
    Q_OBJECT
public:
    ImportSetupPanel(core::Station& station, const core::Session& session,
                     QWidget* parent = nullptr);

    // Loads profiles and devices again.
    void reload();
    void setFilePath(const QString& path);
    QString filePath() const;
    // Previews the file again with the chosen profile and sheet.
    void refreshPreview();
    const std::optional<core::ImportPreview>& preview() const { return m_preview; }
    const core::ImportProfile* currentProfile() const;

    // The request as typed, or nullopt after showing what is wrong.
    std::optional<core::ImportRequest> request();
    void showRunMessage(const QString& text, bool isError);

    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportMappingPanel* mapping() const { return m_mapping; }
    ImportDeviceFields* deviceFields() const { return m_deviceFields; }

    void browse();
    void saveProfile();

Q_SIGNALS:
    void runRequested();

private:
    void buildForm(QFormLayout* form);
    void onPathChanged();
    void preview(bool reportMissing);
    void clearPreview();
    void showPreview(const core::ImportPreview& preview);
    void loadProfiles();
    void selectProfile(const QString& id);
    QString uniqueProfileId(const QString& name) const;
    void setProfileNote();

    core::Station& m_station;
    const core::Session& m_session;
    QList<core::ImportProfile> m_profiles;
    std::optional<core::ImportPreview> m_preview;
    QString m_previewKey;
    bool m_profileChosen = false; // by the person, not by detection
    bool m_sheetChosen = false;

    QLineEdit* m_path;
    QPushButton* m_browse;
    FieldRow* m_fileRow;
    QLabel* m_layout;
    QLabel* m_detected;
    QComboBox* m_profile;
    FieldRow* m_profileRow;
    QComboBox* m_sheet;
    FieldRow* m_sheetRow;
    QFormLayout* m_form = nullptr;
    ImportDeviceFields* m_deviceFields;
    QLabel* m_previous;
    ImportPreviewModel* m_previewModel;
    QTableView* m_previewTable;
    ImportMappingPanel* m_mapping;
    QPushButton* m_run;
    QLabel* m_runMessage;
    QTimer* m_previewTimer;
};

} // namespace pl::ui
