"""Widgets for the lessons. Notebooks only import and display these; the logic is tested in tests/.

>>> from followup_edu.widgets import LiveChecker
>>> LiveChecker()   # in a notebook cell
"""
from .checker import LiveChecker
from .content import sample_context
from .examples import show_example, show_examples, show_panel_example
from .exercise import FixThisDraft
from .gallery import ExampleGallery, practise_pair, show_pair
from .glossary import Glossary
from .notes import InterviewNotesForm
from .panel import PanelPlanner
from .planner import FollowUpPlanner
from .quiz import Quiz
from .schedule import SendByCalculator
from .sequence import FollowUpSequence
from .subject import SubjectBuilder
from .tone import ToneExplorer

__all__ = ["LiveChecker", "SendByCalculator", "SubjectBuilder", "ToneExplorer", "PanelPlanner", "FollowUpPlanner", "FixThisDraft", "FollowUpSequence", "ExampleGallery", "Glossary", "InterviewNotesForm",
           "Quiz", "show_example", "show_examples", "show_panel_example", "show_pair", "practise_pair",
           "sample_context"]
