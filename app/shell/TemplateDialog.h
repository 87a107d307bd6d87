// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Templates.h"

#include <QDialog>

class QListWidget;

namespace rt {

/** Lets the user pick what a new session starts from: blank or one of the built-in templates. */
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(QWidget* parent = nullptr);

    Templates::Template selected() const;
    QListWidget* list() const { return m_list; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** Each row as tall as its wrapped description at the list's width: nothing cut off. */
    void fitRows();

    QList<Templates::Template> m_templates;
    QListWidget* m_list = nullptr;
};

} // namespace rt
