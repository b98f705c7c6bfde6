#pragma once

class QComboBox;
class QLabel;
class QString;
class QWidget;

namespace pass {

// A list of choices the store could not read is not an empty list. While it cannot be read, the
// box holds one entry saying why (also its tooltip and accessible description, since the entry
// is cut to the box's width) and is disabled, so that nothing is filtered or saved on a list
// that only looks empty; the view shows the whole message near the box as well.
// showReadable() gives the box back its tooltip and enables it; the caller refills it.
namespace UnreadableChoices {

void showUnreadable(QComboBox *box, const QString &message);
void showReadable(QComboBox *box);
// The label a view puts near its lists for the whole message: red, wrapped, selectable (to paste
// for IT), named for screen readers, hidden until there is something to say.
QLabel *problemLabel(const QString &accessibleName, QWidget *parent);
// Whether the box is showing a read problem.
bool isUnreadable(const QComboBox *box);
// The words for an authority list the store could not read (`error`: the store's), one wording
// for every view that lists them.
QString authoritiesUnreadable(const QString &error);

} // namespace UnreadableChoices
} // namespace pass
