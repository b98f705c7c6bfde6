import sys
root=sys.argv[1]
def sub(p, old, new, count=1):
    s=open(root+'/'+p).read()
    assert old in s, (p, old)
    s=s.replace(old,new) if count==0 else s.replace(old,new,count)
    open(root+'/'+p,'w').write(s)
sub('tests/ui/tst_mainwindow.cpp','panel->overdueFilter()->setChecked(true);',
    'panel->stateFilter()->setCurrentIndex(panel->stateFilter()->findData(int(pass::CaseFileState::Overdue)));')
sub('bench/ui/bench_ui_window.cpp','timed("filter_open_overdue", [&] { panel->overdueFilter()->setChecked(true); });',
    'timed("filter_open_overdue", [&] {\n        panel->stateFilter()->setCurrentIndex(panel->stateFilter()->findData(int(pass::CaseFileState::Overdue)));\n    });')
sub('bench/ui/bench_ui_window.cpp','        panel->overdueFilter()->setChecked(false);\n',
    '        panel->stateFilter()->setCurrentIndex(0);\n')
sub('ui/casefiles/casefiletablemodel.cpp','const bool filtered = !f.authorityIstat.isEmpty() || !f.procedureCodes.isEmpty() || f.openOverdueOnly;',
    'const bool filtered = f.isFiltered();')
print('others patched')
