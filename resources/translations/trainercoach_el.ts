<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name></name>
    <message>
        <source>Practice delivery observation</source>
        <translation>Παρατήρηση πρακτικής συνεδρίας</translation>
    </message>
    <message>
        <source>The default rubric shipped with Trainer Coach. Score each criterion 1-5; the anchors say what each level looks like.</source>
        <translation>Η προεπιλεγμένη ρουμπρίκα του Trainer Coach. Βαθμολογήστε κάθε κριτήριο 1-5· τα σημεία αναφοράς περιγράφουν κάθε επίπεδο.</translation>
    </message>
    <message>
        <source>Preparation and objectives</source>
        <translation>Προετοιμασία και στόχοι</translation>
    </message>
    <message>
        <source>The session has clear learning objectives, shared at the start, and the trainer is ready: materials, room or call, timing.</source>
        <translation>Η συνεδρία έχει σαφείς μαθησιακούς στόχους, που ανακοινώνονται στην αρχή, και ο εκπαιδευτής είναι έτοιμος: υλικό, αίθουσα ή κλήση, χρονοδιάγραμμα.</translation>
    </message>
    <message>
        <source>No objectives stated; materials or setup missing; the start is delayed.</source>
        <translation>Δεν δηλώνονται στόχοι· λείπει υλικό ή προετοιμασία· η έναρξη καθυστερεί.</translation>
    </message>
    <message>
        <source>Objectives vague or only implied; some materials not ready.</source>
        <translation>Στόχοι ασαφείς ή μόνο υπονοούμενοι· μέρος του υλικού δεν είναι έτοιμο.</translation>
    </message>
    <message>
        <source>Objectives stated; materials ready; minor setup hiccups.</source>
        <translation>Οι στόχοι δηλώνονται· το υλικό είναι έτοιμο· μικρά προβλήματα προετοιμασίας.</translation>
    </message>
    <message>
        <source>Clear, measurable objectives shared and revisited; everything ready on time.</source>
        <translation>Σαφείς, μετρήσιμοι στόχοι, που ανακοινώνονται και επανεξετάζονται· όλα έτοιμα εγκαίρως.</translation>
    </message>
    <message>
        <source>Objectives tied to trainees&apos; daily work, revisited at the end; flawless preparation with backups.</source>
        <translation>Στόχοι συνδεδεμένοι με την καθημερινή εργασία των εκπαιδευομένων, επανεξετάζονται στο τέλος· άψογη προετοιμασία με εναλλακτικές.</translation>
    </message>
    <message>
        <source>Accuracy of content</source>
        <translation>Ακρίβεια περιεχομένου</translation>
    </message>
    <message>
        <source>What is taught matches current business knowledge, policies and support processes.</source>
        <translation>Όσα διδάσκονται αντιστοιχούν στις τρέχουσες γνώσεις της επιχείρησης, τις πολιτικές και τις διαδικασίες υποστήριξης.</translation>
    </message>
    <message>
        <source>Several errors or outdated processes taught.</source>
        <translation>Διδάσκονται αρκετά λάθη ή παρωχημένες διαδικασίες.</translation>
    </message>
    <message>
        <source>An error or an outdated point that could mislead agents.</source>
        <translation>Ένα λάθος ή ένα παρωχημένο σημείο που θα μπορούσε να παραπλανήσει τους αντιπροσώπους.</translation>
    </message>
    <message>
        <source>Accurate, with small imprecisions that do not mislead.</source>
        <translation>Ακριβές, με μικρές ανακρίβειες που δεν παραπλανούν.</translation>
    </message>
    <message>
        <source>Accurate and current, with sources (knowledge base) pointed out.</source>
        <translation>Ακριβές και ενημερωμένο, με αναφορά στις πηγές (βάση γνώσεων).</translation>
    </message>
    <message>
        <source>Accurate, current, and enriched with real cases and edge cases from the floor.</source>
        <translation>Ακριβές, ενημερωμένο και εμπλουτισμένο με πραγματικές και οριακές περιπτώσεις από την πράξη.</translation>
    </message>
    <message>
        <source>Clarity of explanation</source>
        <translation>Σαφήνεια επεξήγησης</translation>
    </message>
    <message>
        <source>Explanations are structured, use plain words and examples, and build from simple to complex.</source>
        <translation>Οι επεξηγήσεις είναι δομημένες, με απλά λόγια και παραδείγματα, από το απλό στο σύνθετο.</translation>
    </message>
    <message>
        <source>Hard to follow; jargon unexplained; no structure.</source>
        <translation>Δύσκολο να το παρακολουθήσει κανείς· ανεξήγητη ορολογία· καμία δομή.</translation>
    </message>
    <message>
        <source>Understandable in parts; structure unclear; few examples.</source>
        <translation>Κατανοητό εν μέρει· ασαφής δομή· λίγα παραδείγματα.</translation>
    </message>
    <message>
        <source>Mostly clear and structured; some jargon unexplained.</source>
        <translation>Κυρίως σαφές και δομημένο· κάποια ορολογία δεν εξηγείται.</translation>
    </message>
    <message>
        <source>Clear structure, plain words, well-chosen examples.</source>
        <translation>Σαφής δομή, απλά λόγια, καλά επιλεγμένα παραδείγματα.</translation>
    </message>
    <message>
        <source>Exceptionally clear; complex ideas made simple with examples trainees remember.</source>
        <translation>Εξαιρετικά σαφές· σύνθετες ιδέες γίνονται απλές με παραδείγματα που οι εκπαιδευόμενοι θυμούνται.</translation>
    </message>
    <message>
        <source>Engagement and active learning</source>
        <translation>Συμμετοχή και ενεργή μάθηση</translation>
    </message>
    <message>
        <source>Trainees take part: practice, discussion, hands-on tasks for different learning styles.</source>
        <translation>Οι εκπαιδευόμενοι συμμετέχουν: εξάσκηση, συζήτηση, πρακτικές εργασίες για διαφορετικούς τρόπους μάθησης.</translation>
    </message>
    <message>
        <source>Lecture only; trainees passive or disengaged.</source>
        <translation>Μόνο διάλεξη· οι εκπαιδευόμενοι παθητικοί ή αδιάφοροι.</translation>
    </message>
    <message>
        <source>Occasional questions to the room; little participation.</source>
        <translation>Περιστασιακές ερωτήσεις στην ομάδα· ελάχιστη συμμετοχή.</translation>
    </message>
    <message>
        <source>Some activities or discussion; most trainees take part.</source>
        <translation>Κάποιες δραστηριότητες ή συζήτηση· οι περισσότεροι εκπαιδευόμενοι συμμετέχουν.</translation>
    </message>
    <message>
        <source>Regular hands-on practice and discussion mixing text, visual and hands-on elements.</source>
        <translation>Τακτική πρακτική εξάσκηση και συζήτηση με συνδυασμό κειμένου, οπτικών και πρακτικών στοιχείων.</translation>
    </message>
    <message>
        <source>Trainees drive much of the learning; every trainee practises; energy stays high throughout.</source>
        <translation>Οι εκπαιδευόμενοι οδηγούν μεγάλο μέρος της μάθησης· όλοι εξασκούνται· η ενέργεια μένει υψηλή ως το τέλος.</translation>
    </message>
    <message>
        <source>Checking understanding</source>
        <translation>Έλεγχος κατανόησης</translation>
    </message>
    <message>
        <source>The trainer checks that trainees understood (questions, quick quizzes, practical tasks) and adapts.</source>
        <translation>Ο εκπαιδευτής ελέγχει ότι οι εκπαιδευόμενοι κατάλαβαν (ερωτήσεις, σύντομα κουίζ, πρακτικές εργασίες) και προσαρμόζεται.</translation>
    </message>
    <message>
        <source>Never checks understanding.</source>
        <translation>Δεν ελέγχει ποτέ την κατανόηση.</translation>
    </message>
    <message>
        <source>Asks &quot;any questions?&quot; only.</source>
        <translation>Ρωτά μόνο «έχετε ερωτήσεις;».</translation>
    </message>
    <message>
        <source>Checks at the end with a few targeted questions.</source>
        <translation>Ελέγχει στο τέλος με λίγες στοχευμένες ερωτήσεις.</translation>
    </message>
    <message>
        <source>Checks at each key point and revisits what was missed.</source>
        <translation>Ελέγχει σε κάθε βασικό σημείο και επανέρχεται σε ό,τι δεν έγινε κατανοητό.</translation>
    </message>
    <message>
        <source>Continuous checks (quiz, task, teach-back) with the session adapted on the spot.</source>
        <translation>Συνεχείς έλεγχοι (κουίζ, εργασία, επανάληψη από τους εκπαιδευόμενους) με άμεση προσαρμογή της συνεδρίας.</translation>
    </message>
    <message>
        <source>Handling questions</source>
        <translation>Χειρισμός ερωτήσεων</translation>
    </message>
    <message>
        <source>Questions are welcomed and answered accurately; unknowns are followed up.</source>
        <translation>Οι ερωτήσεις είναι ευπρόσδεκτες και απαντώνται με ακρίβεια· για όσα δεν είναι γνωστά γίνεται συνέχεια.</translation>
    </message>
    <message>
        <source>Questions dismissed or answered wrongly.</source>
        <translation>Οι ερωτήσεις αγνοούνται ή απαντώνται λανθασμένα.</translation>
    </message>
    <message>
        <source>Answers incomplete; follow-ups forgotten.</source>
        <translation>Ελλιπείς απαντήσεις· ξεχνιέται η συνέχεια.</translation>
    </message>
    <message>
        <source>Answers correct; unknowns noted.</source>
        <translation>Σωστές απαντήσεις· ό,τι δεν είναι γνωστό σημειώνεται.</translation>
    </message>
    <message>
        <source>Answers clear and correct; unknowns followed up with a date.</source>
        <translation>Σαφείς και σωστές απαντήσεις· ό,τι δεν είναι γνωστό έχει συνέχεια με ημερομηνία.</translation>
    </message>
    <message>
        <source>Turns questions into learning for the whole group; follow-ups closed promptly.</source>
        <translation>Κάνει τις ερωτήσεις μάθηση για όλη την ομάδα· η συνέχεια ολοκληρώνεται άμεσα.</translation>
    </message>
    <message>
        <source>Pacing and time management</source>
        <translation>Ρυθμός και διαχείριση χρόνου</translation>
    </message>
    <message>
        <source>The session keeps a pace trainees can follow and finishes on time with every objective covered.</source>
        <translation>Η συνεδρία κρατά ρυθμό που μπορούν να ακολουθήσουν οι εκπαιδευόμενοι και τελειώνει εγκαίρως, καλύπτοντας κάθε στόχο.</translation>
    </message>
    <message>
        <source>Far too fast or too slow; overran or cut key content.</source>
        <translation>Πολύ γρήγορα ή πολύ αργά· υπέρβαση χρόνου ή περικοπή βασικού περιεχομένου.</translation>
    </message>
    <message>
        <source>Uneven pace; some content rushed.</source>
        <translation>Άνισος ρυθμός· κάποιο περιεχόμενο βιαστικά.</translation>
    </message>
    <message>
        <source>Reasonable pace; small overrun or a section rushed.</source>
        <translation>Λογικός ρυθμός· μικρή υπέρβαση ή μια ενότητα βιαστικά.</translation>
    </message>
    <message>
        <source>Good pace adapted to the group; on time.</source>
        <translation>Καλός ρυθμός προσαρμοσμένος στην ομάδα· στην ώρα της.</translation>
    </message>
    <message>
        <source>Pace fitted to the group throughout; time left for practice and questions.</source>
        <translation>Ρυθμός προσαρμοσμένος στην ομάδα σε όλη τη διάρκεια· μένει χρόνος για εξάσκηση και ερωτήσεις.</translation>
    </message>
    <message>
        <source>Use of tools and materials</source>
        <translation>Χρήση εργαλείων και υλικού</translation>
    </message>
    <message>
        <source>Slides, demos, the support tools and the knowledge base are used well and work.</source>
        <translation>Διαφάνειες, επιδείξεις, τα εργαλεία υποστήριξης και η βάση γνώσεων χρησιμοποιούνται σωστά και λειτουργούν.</translation>
    </message>
    <message>
        <source>Materials missing, unreadable or not working.</source>
        <translation>Υλικό που λείπει, δεν διαβάζεται ή δεν λειτουργεί.</translation>
    </message>
    <message>
        <source>Materials used awkwardly; demos fail.</source>
        <translation>Αδέξια χρήση του υλικού· οι επιδείξεις αποτυγχάνουν.</translation>
    </message>
    <message>
        <source>Materials support the session adequately.</source>
        <translation>Το υλικό υποστηρίζει επαρκώς τη συνεδρία.</translation>
    </message>
    <message>
        <source>Materials and live demos of the support tools used smoothly.</source>
        <translation>Υλικό και ζωντανές επιδείξεις των εργαλείων υποστήριξης χρησιμοποιούνται άνετα.</translation>
    </message>
    <message>
        <source>Materials, demos and knowledge-base links woven in; trainees leave with what they need.</source>
        <translation>Υλικό, επιδείξεις και σύνδεσμοι της βάσης γνώσεων δένουν μεταξύ τους· οι εκπαιδευόμενοι φεύγουν με ό,τι χρειάζονται.</translation>
    </message>
    <message>
        <source>The number of observed deliveries is a whole number from 0 to 100.</source>
        <translation>Ο αριθμός των πρακτικών συνεδριών με παρατήρηση είναι ακέραιος από 0 έως 100.</translation>
    </message>
    <message>
        <source>Look at the last 1 to 20 sessions.</source>
        <translation>Εξετάστε τις τελευταίες 1 έως 20 συνεδρίες.</translation>
    </message>
    <message>
        <source>The rubric threshold is on the 1-5 scale.</source>
        <translation>Το όριο της ρουμπρίκας είναι στην κλίμακα 1-5.</translation>
    </message>
    <message>
        <source>The feedback threshold is on the 1-5 scale.</source>
        <translation>Το όριο των σχολίων είναι στην κλίμακα 1-5.</translation>
    </message>
    <message>
        <source>The number of answers is a whole number of 0 or more.</source>
        <translation>Ο αριθμός απαντήσεων είναι ακέραιος 0 ή μεγαλύτερος.</translation>
    </message>
    <message>
        <source>At least {count} observed practice deliveries</source>
        <translation>Τουλάχιστον {count} πρακτικές συνεδρίες με παρατήρηση</translation>
    </message>
    <message>
        <source>{count} observed</source>
        <translation>{count} με παρατήρηση</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>καμία ακόμη</translation>
    </message>
    <message>
        <source>The last {count} rubric averages at or above {threshold}</source>
        <translation>Οι τελευταίοι {count} μέσοι όροι ρουμπρίκας ίσοι ή πάνω από {threshold}</translation>
    </message>
    <message>
        <source>last: {values}</source>
        <translation>τελευταίοι: {values}</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>καμία απάντηση ακόμη</translation>
    </message>
    <message>
        <source>{mean} from {n} answers</source>
        <translation>{mean} από {n} απαντήσεις</translation>
    </message>
    <message>
        <source> (95% interval {low}–{high})</source>
        <translation> (διάστημα 95% {low}–{high})</translation>
    </message>
    <message>
        <source>Overall feedback at or above {threshold} from at least {count} answers</source>
        <translation>Συνολικά σχόλια ίσα ή πάνω από {threshold} από τουλάχιστον {count} απαντήσεις</translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation>Έγκριση μέντορα</translation>
    </message>
    <message>
        <source>signed off on {date} by {name}</source>
        <translation>εγκρίθηκε στις {date} από {name}</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>δεν έχει εγκριθεί</translation>
    </message>
    <message>
        <source>Weights are 0 or more, and at least one is above 0.</source>
        <translation>Τα βάρη είναι 0 ή μεγαλύτερα και τουλάχιστον ένα είναι πάνω από 0.</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Ανεπαρκή δεδομένα</translation>
    </message>
    <message>
        <source>{name}: deliveries over time</source>
        <translation>{name}: συνεδρίες με την πάροδο του χρόνου</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Ημερομηνία συνεδρίας</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Βαθμολογία (1–5)</translation>
    </message>
    <message>
        <source>Normalised learning gain (0–1)</source>
        <translation>Κανονικοποιημένο μαθησιακό κέρδος (0–1)</translation>
    </message>
    <message>
        <source>Rubric (observers, weighted)</source>
        <translation>Ρουμπρίκα (παρατηρητές, σταθμισμένη)</translation>
    </message>
    <message>
        <source>Feedback (overall item)</source>
        <translation>Σχόλια (συνολική ερώτηση)</translation>
    </message>
    <message>
        <source>Feedback 95% interval</source>
        <translation>Διάστημα 95% σχολίων</translation>
    </message>
    <message>
        <source>Under {n} answers (hollow)</source>
        <translation>Κάτω από {n} απαντήσεις (κενά σημεία)</translation>
    </message>
    <message>
        <source>Learning gain (normalised)</source>
        <translation>Μαθησιακό κέρδος (κανονικοποιημένο)</translation>
    </message>
    <message>
        <source>A trend needs at least two sessions with a score; {name} has {count}.</source>
        <translation>Μια τάση χρειάζεται τουλάχιστον δύο συνεδρίες με βαθμολογία· ο/η {name} έχει {count}.</translation>
    </message>
    <message>
        <source>{name}: rubric criteria against the cohort</source>
        <translation>{name}: κριτήρια ρουμπρίκας σε σχέση με την ομάδα</translation>
    </message>
    <message>
        <source>Mean rubric score (1–5)</source>
        <translation>Μέση βαθμολογία ρουμπρίκας (1–5)</translation>
    </message>
    <message>
        <source>{title} (n={n})</source>
        <translation>{title} (n={n})</translation>
    </message>
    <message>
        <source>{title} (not scored)</source>
        <translation>{title} (χωρίς βαθμολογία)</translation>
    </message>
    <message>
        <source>At or above cohort median</source>
        <translation>Ίσο ή πάνω από τη διάμεσο της ομάδας</translation>
    </message>
    <message>
        <source>Below cohort median</source>
        <translation>Κάτω από τη διάμεσο της ομάδας</translation>
    </message>
    <message>
        <source>Cohort median</source>
        <translation>Διάμεσος της ομάδας</translation>
    </message>
    <message>
        <source>No criterion has been scored for {name} yet.</source>
        <translation>Κανένα κριτήριο δεν έχει βαθμολογηθεί ακόμη για τον/την {name}.</translation>
    </message>
    <message>
        <source>Trainee feedback: {topic}</source>
        <translation>Σχόλια εκπαιδευομένων: {topic}</translation>
    </message>
    <message>
        <source>{responses} responses from {trainees} trainees</source>
        <translation>{responses} απαντήσεις από {trainees} εκπαιδευόμενους</translation>
    </message>
    <message>
        <source>Share of answers (disagree ← | → agree)</source>
        <translation>Ποσοστό απαντήσεων (διαφωνώ ← | → συμφωνώ)</translation>
    </message>
    <message>
        <source>{label} (n={n})</source>
        <translation>{label} (n={n})</translation>
    </message>
    <message>
        <source>{label} (no answers)</source>
        <translation>{label} (χωρίς απαντήσεις)</translation>
    </message>
    <message>
        <source>No trainee has answered the feedback for this session yet.</source>
        <translation>Κανένας εκπαιδευόμενος δεν έχει απαντήσει ακόμη στα σχόλια αυτής της συνεδρίας.</translation>
    </message>
    <message>
        <source>Not shown: “{label}” uses a 0–10 scale (n={n}, mean {mean}).</source>
        <translation>Δεν εμφανίζεται: το «{label}» χρησιμοποιεί κλίμακα 0–10 (n={n}, μέσος όρος {mean}).</translation>
    </message>
    <message>
        <source>1 Strongly disagree</source>
        <translation>1 Διαφωνώ απόλυτα</translation>
    </message>
    <message>
        <source>2 Disagree</source>
        <translation>2 Διαφωνώ</translation>
    </message>
    <message>
        <source>3 Neutral</source>
        <translation>3 Ουδέτερο</translation>
    </message>
    <message>
        <source>4 Agree</source>
        <translation>4 Συμφωνώ</translation>
    </message>
    <message>
        <source>5 Strongly agree</source>
        <translation>5 Συμφωνώ απόλυτα</translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation>Χοάνη υποψηφίων</translation>
    </message>
    <message>
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>{count}  ({share:.0%} of previous stage)</source>
        <translation>{count}  ({share:.0%} από το προηγούμενο)</translation>
    </message>
    <message>
        <source>No candidate has entered the pipeline yet.</source>
        <translation>Κανένας υποψήφιος δεν έχει μπει ακόμη στη ροή.</translation>
    </message>
    <message>
        <source>Candidates who reached this stage: {count}</source>
        <translation>Υποψήφιοι που έφτασαν σε αυτό το στάδιο: {count}</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>Χρόνος σε κάθε στάδιο</translation>
    </message>
    <message>
        <source>Days in stage (completed stays)</source>
        <translation>Ημέρες στο στάδιο (ολοκληρωμένες παραμονές)</translation>
    </message>
    <message>
        <source>{stage} (n={n})</source>
        <translation>{stage} (n={n})</translation>
    </message>
    <message>
        <source>{stage}</source>
        <translation>{stage}</translation>
    </message>
    <message>
        <source>no completed stays yet</source>
        <translation>καμία ολοκληρωμένη παραμονή ακόμη</translation>
    </message>
    <message>
        <source>median {days:g}</source>
        <translation>διάμεσος {days:g}</translation>
    </message>
    <message>
        <source>No candidate has completed a stage yet.</source>
        <translation>Κανένας υποψήφιος δεν έχει ολοκληρώσει ακόμη κάποιο στάδιο.</translation>
    </message>
    <message>
        <source>Days in this stage: {days}</source>
        <translation>Ημέρες σε αυτό το στάδιο: {days}</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Πριν</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Maximum {max}</source>
        <translation>Μέγιστο {max}</translation>
    </message>
    <message>
        <source>Class mean</source>
        <translation>Μέσος όρος τάξης</translation>
    </message>
    <message>
        <source>Trainee: higher after</source>
        <translation>Εκπαιδευόμενος: υψηλότερα μετά</translation>
    </message>
    <message>
        <source>Trainee: unchanged</source>
        <translation>Εκπαιδευόμενος: αμετάβλητο</translation>
    </message>
    <message>
        <source>Trainee: lower after</source>
        <translation>Εκπαιδευόμενος: χαμηλότερα μετά</translation>
    </message>
    <message>
        <source>Mean gain {gain} (95% interval {low} to {high}), n={n}</source>
        <translation>Μέσο κέρδος {gain} (διάστημα 95% {low} έως {high}), n={n}</translation>
    </message>
    <message>
        <source>Mean gain {gain}, n={n}</source>
        <translation>Μέσο κέρδος {gain}, n={n}</translation>
    </message>
    <message>
        <source>Normalised gain {g}</source>
        <translation>Κανονικοποιημένο κέρδος {g}</translation>
    </message>
    <message>
        <source>No normalised gain: {why}</source>
        <translation>Χωρίς κανονικοποιημένο κέρδος: {why}</translation>
    </message>
    <message>
        <source>Trainees with only one score, not shown: {count}.</source>
        <translation>Εκπαιδευόμενοι με μία μόνο βαθμολογία, που δεν εμφανίζονται: {count}.</translation>
    </message>
    <message>
        <source>No trainee has both a before and an after score.</source>
        <translation>Κανένας εκπαιδευόμενος δεν έχει βαθμολογία και πριν και μετά.</translation>
    </message>
    <message>
        <source>The programme month by month</source>
        <translation>Το πρόγραμμα μήνα προς μήνα</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Μέσος όρος (1–5)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Rubric score</source>
        <translation>Βαθμολογία ρουμπρίκας</translation>
    </message>
    <message>
        <source>Trainee feedback (overall)</source>
        <translation>Σχόλια εκπαιδευομένων (συνολικά)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Διάστημα 95%</translation>
    </message>
    <message>
        <source>Internal trainers gave {internal} of {total} sessions ({share:.0%}).
For reference, the guide&apos;s g2g network gives about 80% of internal training.</source>
        <translation>Εσωτερικοί εκπαιδευτές πραγματοποίησαν {internal} από {total} συνεδρίες ({share:.0%}).
Για σύγκριση, το δίκτυο g2g του οδηγού πραγματοποιεί περίπου το 80% της εσωτερικής εκπαίδευσης.</translation>
    </message>
    <message>
        <source>No session has been given yet.</source>
        <translation>Δεν έχει πραγματοποιηθεί ακόμη καμία συνεδρία.</translation>
    </message>
    <message>
        <source>Sessions given: {count}</source>
        <translation>Συνεδρίες που δόθηκαν: {count}</translation>
    </message>
    <message>
        <source>Each observer&apos;s bias</source>
        <translation>Η απόκλιση κάθε παρατηρητή</translation>
    </message>
    <message>
        <source>Mean difference from the other observers (points on the 1–5 scale)</source>
        <translation>Μέση διαφορά από τους άλλους παρατηρητές (μονάδες στην κλίμακα 1–5)</translation>
    </message>
    <message>
        <source>Mean difference from the reference score (points on the 1–5 scale)</source>
        <translation>Μέση διαφορά από τη βαθμολογία αναφοράς (μονάδες στην κλίμακα 1–5)</translation>
    </message>
    <message>
        <source>{name} (n={n})</source>
        <translation>{name} (n={n})</translation>
    </message>
    <message>
        <source>Lenient: the whole 95% interval above zero</source>
        <translation>Επιεικής: όλο το διάστημα 95% πάνω από το μηδέν</translation>
    </message>
    <message>
        <source>Severe: the whole 95% interval below zero</source>
        <translation>Αυστηρός: όλο το διάστημα 95% κάτω από το μηδέν</translation>
    </message>
    <message>
        <source>Interval includes zero</source>
        <translation>Το διάστημα περιέχει το μηδέν</translation>
    </message>
    <message>
        <source>No observer has scores to compare yet.</source>
        <translation>Κανένας παρατηρητής δεν έχει ακόμη βαθμολογίες για σύγκριση.</translation>
    </message>
    <message>
        <source>{name}: forecast to readiness</source>
        <translation>{name}: πρόβλεψη ετοιμότητας</translation>
    </message>
    <message>
        <source>Practice delivery number</source>
        <translation>Αριθμός πρακτικής παράδοσης</translation>
    </message>
    <message>
        <source>Rubric score (1–5)</source>
        <translation>Βαθμολογία ρουμπρίκας (1–5)</translation>
    </message>
    <message>
        <source>Expected score (own sessions pooled with the cohort)</source>
        <translation>Αναμενόμενη βαθμολογία (οι δικές του συνεδρίες μαζί με την ομάδα)</translation>
    </message>
    <message>
        <source>80% band of one session&apos;s score</source>
        <translation>Ζώνη 80% της βαθμολογίας μίας συνεδρίας</translation>
    </message>
    <message>
        <source>Observed rubric score</source>
        <translation>Παρατηρημένη βαθμολογία ρουμπρίκας</translation>
    </message>
    <message>
        <source>Rubric threshold {threshold}</source>
        <translation>Όριο ρουμπρίκας {threshold}</translation>
    </message>
    <message>
        <source>Rule expected to be met (80% interval)</source>
        <translation>Αναμενόμενη εκπλήρωση του κανόνα (διάστημα 80%)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>τώρα</translation>
    </message>
    <message>
        <source>Mostly waiting on the rubric scores</source>
        <translation>Αναμένονται κυρίως οι βαθμολογίες ρουμπρίκας</translation>
    </message>
    <message>
        <source>Mostly waiting on the trainees&apos; feedback (the rubric is expected sooner)</source>
        <translation>Αναμένονται κυρίως τα σχόλια των εκπαιδευομένων (η ρουμπρίκα αναμένεται νωρίτερα)</translation>
    </message>
    <message>
        <source>Delivery {number}: rubric {score}</source>
        <translation>Παράδοση {number}: ρουμπρίκα {score}</translation>
    </message>
    <message>
        <source>The measured conditions of the readiness rule are already met.</source>
        <translation>Οι μετρήσιμες προϋποθέσεις του κανόνα ετοιμότητας πληρούνται ήδη.</translation>
    </message>
    <message>
        <source>A forecast needs at least one observed session, and a cohort with five or more candidates observed three times.</source>
        <translation>Μια πρόβλεψη χρειάζεται τουλάχιστον μία συνεδρία με παρατήρηση και μια ομάδα με πέντε ή περισσότερους υποψηφίους που έχουν παρατηρηθεί τρεις φορές.</translation>
    </message>
    <message>
        <source>Candidates expected to become ready, month by month</source>
        <translation>Υποψήφιοι που αναμένεται να γίνουν έτοιμοι, ανά μήνα</translation>
    </message>
    <message>
        <source>{ready} ready now (sign-off aside), {forecast} forecast, {unknown} without enough data</source>
        <translation>{ready} έτοιμοι τώρα (πλην έγκρισης), {forecast} με πρόβλεψη, {unknown} χωρίς αρκετά δεδομένα</translation>
    </message>
    <message>
        <source>Expected number becoming ready</source>
        <translation>Αναμενόμενος αριθμός που γίνονται έτοιμοι</translation>
    </message>
    <message>
        <source>Expected to become ready: {expected}</source>
        <translation>Αναμένεται να γίνουν έτοιμοι: {expected}</translation>
    </message>
    <message>
        <source>No candidate in the pipeline has a forecast yet.</source>
        <translation>Κανένας υποψήφιος στη διαδικασία δεν έχει ακόμη πρόβλεψη.</translation>
    </message>
    <message>
        <source>Trainer hours needed and available, month by month</source>
        <translation>Ώρες εκπαιδευτών που χρειάζονται και που υπάρχουν, ανά μήνα</translation>
    </message>
    <message>
        <source>Shortfall counted per site and language; one trainer gives {hours} hours a month</source>
        <translation>Το έλλειμμα μετράται ανά τοποθεσία και γλώσσα· ένας εκπαιδευτής δίνει {hours} ώρες τον μήνα</translation>
    </message>
    <message>
        <source>Certified trainers&apos; hours</source>
        <translation>Ώρες πιστοποιημένων εκπαιδευτών</translation>
    </message>
    <message>
        <source>Candidates forecast to be ready</source>
        <translation>Υποψήφιοι που προβλέπεται να είναι έτοιμοι</translation>
    </message>
    <message>
        <source>Hours needed</source>
        <translation>Ώρες που χρειάζονται</translation>
    </message>
    <message>
        <source>Trainer hours a month</source>
        <translation>Ώρες εκπαιδευτών τον μήνα</translation>
    </message>
    <message>
        <source>Trainers short (the figure above a month)</source>
        <translation>Εκπαιδευτές που λείπουν (ο αριθμός πάνω από κάθε μήνα)</translation>
    </message>
    <message>
        <source>Needed {needed} h, certified {available} h, newly ready {ready} h; short {short} h ({trainers} trainers)</source>
        <translation>Χρειάζονται {needed} ώ., πιστοποιημένοι {available} ώ., νέοι έτοιμοι {ready} ώ.· λείπουν {short} ώ. ({trainers} εκπαιδευτές)</translation>
    </message>
    <message>
        <source>Add a site and language, or a trainer, to plan.</source>
        <translation>Προσθέστε μια τοποθεσία και γλώσσα ή έναν εκπαιδευτή για να σχεδιάσετε.</translation>
    </message>
    <message>
        <source>Each observer&apos;s bias per quarter</source>
        <translation>Η απόκλιση κάθε παρατηρητή ανά τρίμηνο</translation>
    </message>
    <message>
        <source>Mean difference from the consensus (points)</source>
        <translation>Μέση διαφορά από τη συναίνεση (μονάδες)</translation>
    </message>
    <message>
        <source>Dashboard threshold (±{points})</source>
        <translation>Όριο πίνακα ελέγχου (±{points})</translation>
    </message>
    <message>
        <source>{name}, {period}: {bias} ({low} … {high}), n={n}</source>
        <translation>{name}, {period}: {bias} ({low} … {high}), n={n}</translation>
    </message>
    <message>
        <source>Learning styles the training assets cover, per topic</source>
        <translation>Μαθησιακά στυλ που καλύπτει το εκπαιδευτικό υλικό, ανά θέμα</translation>
    </message>
    <message>
        <source>A topic is what its sessions are called; each cell counts the assets they used</source>
        <translation>Θέμα είναι ο τίτλος των συνεδριών του· κάθε κελί μετρά το υλικό που χρησιμοποίησαν</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Οπτικό</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Πρακτικό</translation>
    </message>
    <message>
        <source>Mock tickets</source>
        <translation>Δοκιμαστικά αιτήματα</translation>
    </message>
    <message>
        <source>{topic} (sessions: {sessions})</source>
        <translation>{topic} (συνεδρίες: {sessions})</translation>
    </message>
    <message>
        <source>{topic} (sessions: {sessions}) — text only</source>
        <translation>{topic} (συνεδρίες: {sessions}) — μόνο κείμενο</translation>
    </message>
    <message>
        <source>{topic}: {count} of {assets} assets teach as {style}</source>
        <translation>{topic}: {count} από {assets} υλικά διδάσκουν ως {style}</translation>
    </message>
    <message>
        <source>No session has used a training asset yet: pick one in a session to see its topic here.</source>
        <translation>Καμία συνεδρία δεν έχει χρησιμοποιήσει ακόμη εκπαιδευτικό υλικό: επιλέξτε ένα σε μια συνεδρία για να δείτε εδώ το θέμα της.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Δεν ξεκίνησε</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
    <message>
        <source>1. Guided practice delivering sessions in a safe environment</source>
        <translation>1. Καθοδήγηση και πρακτική εμπειρία στην πραγματοποίηση εκπαιδευτικών συνεδριών σε ασφαλές περιβάλλον</translation>
    </message>
    <message>
        <source>2. Soliciting trainee feedback, evaluating effectiveness and making targeted improvements</source>
        <translation>2. Προσέλκυση σχολίων από εκπαιδευόμενους, αξιολόγηση της αποτελεσματικότητας και στοχευμένες βελτιώσεις</translation>
    </message>
    <message>
        <source>3. Spotting knowledge gaps and writing a business case for a new session</source>
        <translation>3. Εντοπισμός κενών στις γνώσεις και ανάπτυξη περίπτωσης επιχείρησης για νέα συνεδρία</translation>
    </message>
    <message>
        <source>4. Building new content that mixes text, visual and hands-on elements</source>
        <translation>4. Ανάπτυξη νέου περιεχομένου που συνδυάζει στοιχεία κειμένου, οπτικά και πρακτικά</translation>
    </message>
    <message>
        <source>Vendor: {company}</source>
        <translation>Προμηθευτής: {company}</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Προμηθευτής</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <source>{trainer}: {level} in {topic}</source>
        <translation>{trainer}: {level} σε {topic}</translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation>εκπρόθεσμο κατά {days} ημέρες</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>σε {days} ημέρες</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Εκπαιδευτής</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Λήξη ανανέωσης</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Απονεμήθηκε</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Τάξη</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Εικονική</translation>
    </message>
    <message>
        <source>Online / self-paced</source>
        <translation>Διαδικτυακή / ατομικός ρυθμός</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Νέοι συνεργάτες</translation>
    </message>
    <message>
        <source>Existing agents</source>
        <translation>Υπάρχοντες αντιπρόσωποι</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Μικτό</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Έτοιμος</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Σαφήνεια</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Συνάφεια</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ρυθμός</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Συμμετοχή</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Αυτοπεποίθηση</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Συνολικά</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Θα το πρότειναν</translation>
    </message>
    <message>
        <source>Open for scoring</source>
        <translation>Ανοιχτή για βαθμολόγηση</translation>
    </message>
    <message>
        <source>Closed: scores revealed</source>
        <translation>Κλειστή: οι βαθμολογίες φανερές</translation>
    </message>
    <message>
        <source>Gap open</source>
        <translation>Κενό ανοιχτό</translation>
    </message>
    <message>
        <source>Gap closed</source>
        <translation>Κενό κλειστό</translation>
    </message>
    <message>
        <source>Check question</source>
        <translation>Ερώτηση ελέγχου</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>Βαθμοί ελέγχου</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Σχόλιο αξιολόγησης</translation>
    </message>
    <message>
        <source>Observation action item</source>
        <translation>Ενέργεια από παρατήρηση</translation>
    </message>
    <message>
        <source>Outside figure</source>
        <translation>Εξωτερικός δείκτης</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>Βαθμός QA</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT (ικανοποίηση πελατών)</translation>
    </message>
    <message>
        <source>Ticket volume</source>
        <translation>Όγκος αιτημάτων</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Υποβλήθηκε</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Εγκρίθηκε</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Επιστράφηκε</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Προγραμματίστηκε</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Πραγματοποιήθηκε</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Αξιολογήθηκε</translation>
    </message>
    <message>
        <source>Comprehension check scores</source>
        <translation>Βαθμοί ελέγχων κατανόησης</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Χειροτερεύει</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Βελτιώνεται</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Σταθερό</translation>
    </message>
    <message>
        <source>Not enough figures</source>
        <translation>Λίγα στοιχεία ακόμη</translation>
    </message>
    <message>
        <source>Add calibration exercise {name}</source>
        <translation>Προσθήκη άσκησης βαθμονόμησης {name}</translation>
    </message>
    <message>
        <source>Close calibration exercise {name}</source>
        <translation>Κλείσιμο άσκησης βαθμονόμησης {name}</translation>
    </message>
    <message>
        <source>Save capacity plan {name}</source>
        <translation>Αποθήκευση σχεδίου δυναμικότητας {name}</translation>
    </message>
    <message>
        <source>Delete capacity plan {name}</source>
        <translation>Διαγραφή σχεδίου δυναμικότητας {name}</translation>
    </message>
    <message>
        <source>Reference scores of {name}</source>
        <translation>Βαθμοί αναφοράς της άσκησης {name}</translation>
    </message>
    <message>
        <source>Observer bias threshold</source>
        <translation>Όριο απόκλισης παρατηρητή</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>Διαγραφή σταδίου {name}</translation>
    </message>
    <message>
        <source>Move {count} candidates to {stage}</source>
        <translation>Μετακίνηση {count} υποψηφίων σε {stage}</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Επεξεργασία ορόσημου</translation>
    </message>
    <message>
        <source>Delete session {topic}</source>
        <translation>Διαγραφή συνεδρίας {topic}</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Προσθήκη παρατήρησης</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Επεξεργασία παρατήρησης</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Διαγραφή παρατήρησης</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Σήμανση ενέργειας ως ολοκληρωμένης</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Επανάνοιγμα ενέργειας</translation>
    </message>
    <message>
        <source>Add feedback forms ({count})</source>
        <translation>Προσθήκη φορμών σχολίων ({count})</translation>
    </message>
    <message>
        <source>Import feedback from {file}</source>
        <translation>Εισαγωγή σχολίων από {file}</translation>
    </message>
    <message>
        <source>Add comprehension check</source>
        <translation>Προσθήκη ελέγχου κατανόησης</translation>
    </message>
    <message>
        <source>Edit comprehension check</source>
        <translation>Επεξεργασία ελέγχου κατανόησης</translation>
    </message>
    <message>
        <source>Delete comprehension check</source>
        <translation>Διαγραφή ελέγχου κατανόησης</translation>
    </message>
    <message>
        <source>Revoke certification</source>
        <translation>Ανάκληση πιστοποίησης</translation>
    </message>
    <message>
        <source>Change the details of {name}</source>
        <translation>Αλλαγή στοιχείων: {name}</translation>
    </message>
    <message>
        <source>Retire {name}</source>
        <translation>Απόσυρση: {name}</translation>
    </message>
    <message>
        <source>Bring back {name}</source>
        <translation>Επαναφορά: {name}</translation>
    </message>
    <message>
        <source>Add training asset {title}</source>
        <translation>Προσθήκη εκπαιδευτικού υλικού {title}</translation>
    </message>
    <message>
        <source>Edit training asset {title}</source>
        <translation>Επεξεργασία εκπαιδευτικού υλικού {title}</translation>
    </message>
    <message>
        <source>New version {label} of a training asset</source>
        <translation>Νέα έκδοση {label} εκπαιδευτικού υλικού</translation>
    </message>
    <message>
        <source>Mark {title} reviewed</source>
        <translation>Σήμανση του {title} ως ελεγμένου</translation>
    </message>
    <message>
        <source>Add feedback on a training asset</source>
        <translation>Προσθήκη σχολίων για εκπαιδευτικό υλικό</translation>
    </message>
    <message>
        <source>Add knowledge gap {topic}</source>
        <translation>Προσθήκη κενού γνώσης {topic}</translation>
    </message>
    <message>
        <source>Edit knowledge gap {topic}</source>
        <translation>Επεξεργασία κενού γνώσης {topic}</translation>
    </message>
    <message>
        <source>Close knowledge gap {topic}</source>
        <translation>Κλείσιμο κενού γνώσης {topic}</translation>
    </message>
    <message>
        <source>Reopen knowledge gap {topic}</source>
        <translation>Επαναφορά κενού γνώσης {topic}</translation>
    </message>
    <message>
        <source>Add evidence to {topic}</source>
        <translation>Προσθήκη τεκμηρίου στο {topic}</translation>
    </message>
    <message>
        <source>Remove evidence from {topic}</source>
        <translation>Αφαίρεση τεκμηρίου από το {topic}</translation>
    </message>
    <message>
        <source>Import figures into {topic}</source>
        <translation>Εισαγωγή δεικτών στο {topic}</translation>
    </message>
    <message>
        <source>Add business case {title}</source>
        <translation>Προσθήκη επιχειρηματικής τεκμηρίωσης {title}</translation>
    </message>
    <message>
        <source>Edit business case {title}</source>
        <translation>Επεξεργασία επιχειρηματικής τεκμηρίωσης {title}</translation>
    </message>
    <message>
        <source>Mark business case {title} {status}</source>
        <translation>Σήμανση επιχειρηματικής τεκμηρίωσης {title}: {status}</translation>
    </message>
    <message>
        <source>Link a session to business case {title}</source>
        <translation>Σύνδεση συνεδρίας με την επιχειρηματική τεκμηρίωση {title}</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Χρειάζεται υποστήριξη</translation>
    </message>
    <message>
        <source>Daily quiz</source>
        <translation>Καθημερινό κουίζ</translation>
    </message>
    <message>
        <source>Practical task test</source>
        <translation>Τεστ πρακτικών εργασιών</translation>
    </message>
    <message>
        <source>Oral exam</source>
        <translation>Προφορική εξέταση</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>καμία απάντηση</translation>
    </message>
    <message>
        <source>{mean} ({low} to {high}), n={n}</source>
        <translation>{mean} ({low} έως {high}), n={n}</translation>
    </message>
    <message>
        <source>one answer: no interval</source>
        <translation>μία απάντηση: χωρίς διάστημα</translation>
    </message>
    <message>
        <source>few answers: read the interval</source>
        <translation>λίγες απαντήσεις: δείτε το διάστημα</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Αρχάριος</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Μεσαίο επίπεδο</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Προχωρημένος</translation>
    </message>
    <message>
        <source>Composite: not available (no rubric score, feedback or learning gain yet) — weights {parts}</source>
        <translation>Σύνθετη βαθμολογία: μη διαθέσιμη (ακόμη χωρίς βαθμολογία ρουμπρίκας, σχόλια ή μαθησιακό κέρδος) — βάρη {parts}</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>ρουμπρίκα</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>σχόλια</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>μάθηση</translation>
    </message>
    <message>
        <source>Composite {score:.0f} = {parts}</source>
        <translation>Σύνθετη βαθμολογία {score:.0f} = {parts}</translation>
    </message>
    <message>
        <source> (without {parts}: no data)</source>
        <translation> (χωρίς {parts}: δεν υπάρχουν δεδομένα)</translation>
    </message>
    <message>
        <source>{rubric:.0%} rubric + {feedback:.0%} feedback + {gain:.0%} learning</source>
        <translation>{rubric:.0%} ρουμπρίκα + {feedback:.0%} σχόλια + {gain:.0%} μάθηση</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Βάρος</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Μέσος όρος</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Σταθμισμένος μέσος όρος</translation>
    </message>
    <message>
        <source>Mean of the observers&apos; weighted averages, with its 95% interval</source>
        <translation>Μέσος όρος των σταθμισμένων μέσων όρων των παρατηρητών, με το διάστημα 95%</translation>
    </message>
    <message>
        <source>Fewer than 10 answers: the interval is wide, so the mean can move a lot with more answers.</source>
        <translation>Λιγότερες από 10 απαντήσεις: το διάστημα είναι ευρύ, οπότε ο μέσος όρος μπορεί να αλλάξει πολύ με περισσότερες απαντήσεις.</translation>
    </message>
    <message>
        <source>Feedback item</source>
        <translation>Ερώτηση σχολίων</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Κλίμακα</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Ερμηνεία</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>δεν ελέγχθηκε</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Paired n</source>
        <translation>Ζεύγη n</translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation>Μέσος όρος πριν → μετά</translation>
    </message>
    <message>
        <source>Gain (95% interval)</source>
        <translation>Κέρδος (διάστημα 95%)</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Κανονικοποιημένο κέρδος</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>Trainer evaluation: {name}</source>
        <translation>Αξιολόγηση εκπαιδευτή: {name}</translation>
    </message>
    <message>
        <source>Trainer evaluation</source>
        <translation>Αξιολόγηση εκπαιδευτή</translation>
    </message>
    <message>
        <source>Stage: {stage}   ·   Mentor: {mentor}   ·   Generated {date} by {author}</source>
        <translation>Στάδιο: {stage}   ·   Μέντορας: {mentor}   ·   Δημιουργήθηκε {date} από {author}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Practice deliveries</source>
        <translation>Πρακτικές συνεδρίες</translation>
    </message>
    <message>
        <source>Rubric average (observers)</source>
        <translation>Μέσος όρος ρουμπρίκας (παρατηρητές)</translation>
    </message>
    <message>
        <source>sessions scored</source>
        <translation>συνεδρίες με βαθμολογία</translation>
    </message>
    <message>
        <source>Trainee feedback, overall</source>
        <translation>Σχόλια εκπαιδευομένων, συνολικά</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>απαντήσεις</translation>
    </message>
    <message>
        <source>Readiness for certification</source>
        <translation>Ετοιμότητα για πιστοποίηση</translation>
    </message>
    <message>
        <source>{met} of {total}</source>
        <translation>{met} από {total}</translation>
    </message>
    <message>
        <source>every condition met</source>
        <translation>πληρούνται όλες οι προϋποθέσεις</translation>
    </message>
    <message>
        <source>conditions met</source>
        <translation>προϋποθέσεις πληρούνται</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Προφίλ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Hours from candidates forecast to be ready</source>
        <translation>Ώρες από υποψηφίους που προβλέπεται να είναι έτοιμοι</translation>
    </message>
    <message>
        <source>Hours short</source>
        <translation>Ώρες που λείπουν</translation>
    </message>
    <message>
        <source>Trainers short</source>
        <translation>Εκπαιδευτές που λείπουν</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Απασχόληση</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Ημερομηνία πρόσληψης</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Προτάθηκε από</translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation>Προτάθηκε στις</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Μέντορας</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Τρέχον στάδιο</translation>
    </message>
    <message>
        <source>In this stage since</source>
        <translation>Σε αυτό το στάδιο από</translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation>{date} ({days} ημέρες)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>οπτικό</translation>
    </message>
    <message>
        <source>hands-on</source>
        <translation>πρακτικό</translation>
    </message>
    <message>
        <source>not visible to you</source>
        <translation>δεν είναι ορατό σε εσάς</translation>
    </message>
    <message>
        <source>{correct} of {answered} right ({share})</source>
        <translation>{correct} από {answered} σωστές ({share})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>Business case: {title}</source>
        <translation>Επιχειρηματική τεκμηρίωση: {title}</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Επιχειρηματική τεκμηρίωση</translation>
    </message>
    <message>
        <source>By {candidate}   ·   {status}   ·   Generated {date} by {author}</source>
        <translation>Από {candidate}   ·   {status}   ·   Δημιουργήθηκε {date} από {author}</translation>
    </message>
    <message>
        <source>Knowledge gap</source>
        <translation>Κενό γνώσης</translation>
    </message>
    <message>
        <source>Agents it touches</source>
        <translation>Εκπρόσωποι που αφορά</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Τάση</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Μέγεθος κοινού</translation>
    </message>
    <message>
        <source>Effort (trainer hours)</source>
        <translation>Προσπάθεια (ώρες εκπαιδευτή)</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Τρόπος παράδοσης</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>Μείγμα περιεχομένου</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Μέτρηση με</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Το πρόβλημα</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Session outline</source>
        <translation>Διάρθρωση συνεδρίας</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Αναμενόμενο αποτέλεσμα</translation>
    </message>
    <message>
        <source>Read from the knowledge gap when this PDF was made, not copied into the case.</source>
        <translation>Διαβάστηκε από το κενό γνώσης όταν δημιουργήθηκε αυτό το PDF· δεν αντιγράφηκε στην τεκμηρίωση.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Εκπρόσωποι</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Measured once the case&apos;s sessions are linked and given.</source>
        <translation>Μετριέται όταν συνδεθούν και πραγματοποιηθούν οι συνεδρίες της τεκμηρίωσης.</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>Συνεδρίες: {sessions}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένος</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} έως {high}</translation>
    </message>
    <message>
        <source>not meaningful with so few targets</source>
        <translation>χωρίς νόημα με τόσο λίγους στόχους</translation>
    </message>
    <message>
        <source>no scores to compare</source>
        <translation>καμία βαθμολογία για σύγκριση</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>επιεικής</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>αυστηρός</translation>
    </message>
    <message>
        <source>too few scores for an interval</source>
        <translation>πολύ λίγες βαθμολογίες για διάστημα</translation>
    </message>
    <message>
        <source>in line with the others</source>
        <translation>σε συμφωνία με τους άλλους</translation>
    </message>
    <message>
        <source>Calibration report: {name}</source>
        <translation>Αναφορά βαθμονόμησης: {name}</translation>
    </message>
    <message>
        <source>Calibration report</source>
        <translation>Αναφορά βαθμονόμησης</translation>
    </message>
    <message>
        <source>Lead: {lead}   ·   {status}   ·   {targets} deliveries, {observers} observers   ·   Generated {date} by {author}</source>
        <translation>Υπεύθυνος: {lead}   ·   {status}   ·   {targets} συνεδρίες, {observers} παρατηρητές   ·   Δημιουργήθηκε {date} από {author}</translation>
    </message>
    <message>
        <source>ICC(2,1): one observer</source>
        <translation>ICC(2,1): ένας παρατηρητής</translation>
    </message>
    <message>
        <source>95% interval {interval}; {band} ({source})</source>
        <translation>διάστημα 95% {interval}· {band} ({source})</translation>
    </message>
    <message>
        <source>ICC(2,k): mean of the observers</source>
        <translation>ICC(2,k): μέσος όρος των παρατηρητών</translation>
    </message>
    <message>
        <source>95% interval {interval}; {band}</source>
        <translation>διάστημα 95% {interval}· {band}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval)</source>
        <translation>Άλφα του Krippendorff (διαστημική)</translation>
    </message>
    <message>
        <source>{band} ({source})</source>
        <translation>{band} ({source})</translation>
    </message>
    <message>
        <source>Within one point</source>
        <translation>Έως ένα βαθμό διαφορά</translation>
    </message>
    <message>
        <source>{pairs} pairs of scores; exact {exact}</source>
        <translation>{pairs} ζεύγη βαθμολογιών· ακριβής συμφωνία {exact}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Deliveries and observers</source>
        <translation>Συνεδρίες και παρατηρητές</translation>
    </message>
    <message>
        <source>Each delivery&apos;s score here is the observer&apos;s mean over the rubric&apos;s criteria.</source>
        <translation>Η βαθμολογία κάθε συνεδρίας εδώ είναι ο μέσος όρος του παρατηρητή στα κριτήρια της ρουμπρίκας.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>Intraclass correlations</source>
        <translation>Ενδοταξικές συσχετίσεις</translation>
    </message>
    <message>
        <source>On each delivery&apos;s mean over the criteria: {n} deliveries with every observer&apos;s score, {k} observers, {dropped} left out for a missing score. Bands: {source}, below 0.5 poor, 0.5 to 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent; read the interval as well as the figure.</source>
        <translation>Στον μέσο όρο κάθε συνεδρίας στα κριτήρια: {n} συνεδρίες με βαθμολογία από κάθε παρατηρητή, {k} παρατηρητές, {dropped} εκτός λόγω βαθμολογίας που λείπει. Κατηγορίες: {source}, κάτω από 0,5 χαμηλή, 0,5 έως 0,75 μέτρια, 0,75 έως 0,9 καλή, πάνω από 0,9 άριστη· διαβάστε το διάστημα όσο και την τιμή.</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Συντελεστής</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Άλφα του Krippendorff</translation>
    </message>
    <message>
        <source>Band ({source})</source>
        <translation>Κατηγορία ({source})</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Διατακτική</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Διαστημική</translation>
    </message>
    <message>
        <source>Alpha takes every score, missing ones too: rely on 0.8 and above; 0.667 to 0.8 allows tentative conclusions only.</source>
        <translation>Η άλφα λαμβάνει υπόψη κάθε βαθμολογία, και όσες λείπουν: βασιστείτε σε τιμές 0,8 και άνω· από 0,667 έως 0,8 επιτρέπονται μόνο προσωρινά συμπεράσματα.</translation>
    </message>
    <message>
        <source>Alpha&apos;s 95% interval is a percentile bootstrap: {resamples} resamples of the deliveries, drawn with a fixed seed ({seed}) so the same scores always give the same interval. It is given from {fewest} deliveries scored by two or more observers; this exercise has {targets}.</source>
        <translation>Το διάστημα 95% του άλφα είναι εκατοστημοριακό bootstrap: {resamples} επαναδειγματοληψίες των παρουσιάσεων, με σταθερό σπόρο ({seed}), ώστε οι ίδιοι βαθμοί να δίνουν πάντα το ίδιο διάστημα. Δίνεται από {fewest} παρουσιάσεις που βαθμολόγησαν δύο ή περισσότεροι παρατηρητές· αυτή η άσκηση έχει {targets}.</translation>
    </message>
    <message>
        <source>Quadratic weighted kappa of the two observers: {kappa}.</source>
        <translation>Σταθμισμένο κάπα (τετραγωνικό) των δύο παρατηρητών: {kappa}.</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Συμφωνία ανά κριτήριο</translation>
    </message>
    <message>
        <source>Each criterion&apos;s scores on their own: how far the observers agree on what they judged alike and differently.</source>
        <translation>Οι βαθμολογίες κάθε κριτηρίου χωριστά: πόσο συμφωνούν οι παρατηρητές σε ό,τι έκριναν όμοια και διαφορετικά.</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Alpha (ordinal)</source>
        <translation>Άλφα (διατακτική)</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Ακριβής</translation>
    </message>
    <message>
        <source>Within one</source>
        <translation>Έως ένα</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Εκτός</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean difference from the lead&apos;s reference score, on each delivery&apos;s mean over the criteria, with its 95% interval. Lenient: the whole interval above zero; severe: the whole interval below.</source>
        <translation>Η μέση διαφορά κάθε παρατηρητή από τη βαθμολογία αναφοράς του υπευθύνου, στον μέσο όρο κάθε συνεδρίας στα κριτήρια, με το διάστημα 95%. Επιεικής: όλο το διάστημα πάνω από το μηδέν· αυστηρός: όλο το διάστημα κάτω από αυτό.</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean difference from the other observers&apos; mean, on each delivery&apos;s mean over the criteria, with its 95% interval. Lenient: the whole interval above zero; severe: the whole interval below.</source>
        <translation>Η μέση διαφορά κάθε παρατηρητή από τον μέσο όρο των άλλων παρατηρητών, στον μέσο όρο κάθε συνεδρίας στα κριτήρια, με το διάστημα 95%. Επιεικής: όλο το διάστημα πάνω από το μηδέν· αυστηρός: όλο το διάστημα κάτω από αυτό.</translation>
    </message>
    <message>
        <source>Dots: mean difference; lines: 95% interval; zero: in line with the consensus.</source>
        <translation>Κουκκίδες: μέση διαφορά· γραμμές: διάστημα 95%· μηδέν: σε συμφωνία με τη συναίνεση.</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Παρατηρητής</translation>
    </message>
    <message>
        <source>Deliveries (n)</source>
        <translation>Συνεδρίες (n)</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Μέση διαφορά</translation>
    </message>
    <message>
        <source>%1 (interval not meaningful with so few targets)</source>
        <translation>%1 (το διάστημα δεν έχει νόημα με τόσο λίγους στόχους)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>%1 παρουσιάσεις</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, ordinal</source>
        <translation>Άλφα του Krippendorff, διατακτικό</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, interval</source>
        <translation>Άλφα του Krippendorff, διαστημικό</translation>
    </message>
    <message>
        <source>Exact agreement / within one point</source>
        <translation>Ακριβής συμφωνία / έως μία μονάδα</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 ζεύγη</translation>
    </message>
    <message>
        <source>Alpha&apos;s interval: a percentile bootstrap of %1 resamples of the deliveries (seeded: the same scores give the same interval), given from %2 deliveries scored by two or more observers.</source>
        <translation>Διάστημα του άλφα: εκατοστημοριακό bootstrap %1 επαναδειγματοληψιών των παρουσιάσεων (σταθερός σπόρος: οι ίδιοι βαθμοί δίνουν το ίδιο διάστημα), από %2 παρουσιάσεις με δύο ή περισσότερους παρατηρητές.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Ερμηνεία</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Value (95% interval)</source>
        <translation>Τιμή (διάστημα 95%)</translation>
    </message>
    <message>
        <source>Scores leniently: {names}.</source>
        <translation>Βαθμολογεί επιεικώς: {names}.</translation>
    </message>
    <message>
        <source>Scores severely: {names}.</source>
        <translation>Βαθμολογεί αυστηρά: {names}.</translation>
    </message>
    <message>
        <source>Reference scores</source>
        <translation>Βαθμολογίες αναφοράς</translation>
    </message>
    <message>
        <source>The lead&apos;s score of each criterion on each delivery.</source>
        <translation>Η βαθμολογία του υπευθύνου σε κάθε κριτήριο για κάθε συνεδρία.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Ιστορικό σταδίων</translation>
    </message>
    <message>
        <source>Every move through the pipeline, oldest first, with who made it and why.</source>
        <translation>Κάθε μετακίνηση στη ροή, από την παλαιότερη, με το ποιος την έκανε και γιατί.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>No stage moves recorded.</source>
        <translation>Δεν έχουν καταγραφεί μετακινήσεις σταδίων.</translation>
    </message>
    <message>
        <source>Selection traits</source>
        <translation>Χαρακτηριστικά επιλογής</translation>
    </message>
    <message>
        <source>The four traits the guide looks for, scored 1–5 by the lead. Selection score {score}.</source>
        <translation>Τα τέσσερα χαρακτηριστικά που αναζητά ο οδηγός, βαθμολογημένα 1–5 από τον υπεύθυνο. Βαθμολογία επιλογής {score}.</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>βαθμολογίες</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Χαρακτηριστικό</translation>
    </message>
    <message>
        <source>Train-the-trainer milestones</source>
        <translation>Ορόσημα εκπαίδευσης του εκπαιδευτή</translation>
    </message>
    <message>
        <source>{done} of {total} components of the curriculum done.</source>
        <translation>{done} από {total} ενότητες του προγράμματος σπουδών ολοκληρώθηκαν.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Ενότητα</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμηρίωση</translation>
    </message>
    <message>
        <source>Rubric: the observers&apos; weighted average (1–5), n = observers. Feedback: the trainees&apos; overall item (1–5) with its number of answers, and its 95% interval when fewer than 10 answered. Gain: the normalised learning gain from the comprehension checks (0–1).</source>
        <translation>Ρουμπρίκα: ο σταθμισμένος μέσος όρος των παρατηρητών (1–5), n = παρατηρητές. Σχόλια: η συνολική ερώτηση των εκπαιδευομένων (1–5) με τον αριθμό απαντήσεων και το διάστημα 95% όταν απάντησαν λιγότεροι από 10. Κέρδος: το κανονικοποιημένο μαθησιακό κέρδος από τους ελέγχους κατανόησης (0–1).</translation>
    </message>
    <message>
        <source>– ({count} forms)</source>
        <translation>– ({count} φόρμες)</translation>
    </message>
    <message>
        <source>Method, audience</source>
        <translation>Μέθοδος, κοινό</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Άτομα</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Ρουμπρίκα</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Σχόλια</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Κέρδος</translation>
    </message>
    <message>
        <source>No practice delivery logged yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία πρακτική συνεδρία.</translation>
    </message>
    <message>
        <source>Session effectiveness</source>
        <translation>Αποτελεσματικότητα συνεδριών</translation>
    </message>
    <message>
        <source>Rubric and trainee feedback per session on the 1–5 scale; the shaded band is the 95% interval of the feedback, hollow points had fewer than 10 answers; the dashed line is the normalised learning gain.</source>
        <translation>Ρουμπρίκα και σχόλια εκπαιδευομένων ανά συνεδρία στην κλίμακα 1–5· η σκιασμένη ζώνη είναι το διάστημα 95% των σχολίων, τα κενά σημεία είχαν λιγότερες από 10 απαντήσεις· η διακεκομμένη γραμμή είναι το κανονικοποιημένο μαθησιακό κέρδος.</translation>
    </message>
    <message>
        <source>Mean score per rubric criterion (n = criterion scores), against the median of every candidate&apos;s mean.</source>
        <translation>Μέση βαθμολογία ανά κριτήριο ρουμπρίκας (n = βαθμολογίες κριτηρίου), σε σχέση με τη διάμεσο των μέσων όρων όλων των υποψηφίων.</translation>
    </message>
    <message>
        <source>Trainee feedback</source>
        <translation>Σχόλια εκπαιδευομένων</translation>
    </message>
    <message>
        <source>{forms} anonymous feedback forms over {sessions} sessions, every answer counted once.</source>
        <translation>{forms} ανώνυμες φόρμες σχολίων σε {sessions} συνεδρίες, κάθε απάντηση μετρά μία φορά.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ερώτηση</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Απαντήσεις (n)</translation>
    </message>
    <message>
        <source>No feedback items.</source>
        <translation>Καμία ερώτηση σχολίων.</translation>
    </message>
    <message>
        <source>Selected trainee comments</source>
        <translation>Επιλεγμένα σχόλια εκπαιδευομένων</translation>
    </message>
    <message>
        <source>The {count} most recent of {total} written comments, as typed.</source>
        <translation>Τα {count} πιο πρόσφατα από {total} γραπτά σχόλια, όπως γράφτηκαν.</translation>
    </message>
    <message>
        <source>No trainee has written a comment yet.</source>
        <translation>Κανένας εκπαιδευόμενος δεν έχει γράψει ακόμη σχόλιο.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ενέργειες</translation>
    </message>
    <message>
        <source>{overdue} overdue, {open} open, {done} done.</source>
        <translation>{overdue} εκπρόθεσμες, {open} ανοιχτές, {done} ολοκληρωμένες.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Καμία ενέργεια.</translation>
    </message>
    <message>
        <source>The lead&apos;s rule, condition by condition, with the figures behind each.</source>
        <translation>Ο κανόνας του υπευθύνου, προϋπόθεση προς προϋπόθεση, με τα στοιχεία πίσω από την καθεμία.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Προϋπόθεση</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Πού βρίσκεται</translation>
    </message>
    <message>
        <source>Ready for certification: every condition is met.</source>
        <translation>Έτοιμος για πιστοποίηση: πληρούνται όλες οι προϋποθέσεις.</translation>
    </message>
    <message>
        <source>Not yet ready: {met} of {total} conditions met.</source>
        <translation>Όχι ακόμη έτοιμος: πληρούνται {met} από {total} προϋποθέσεις.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Πιστοποιήσεις</translation>
    </message>
    <message>
        <source>No certification awarded yet.</source>
        <translation>Δεν έχει απονεμηθεί ακόμη πιστοποίηση.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Υπογραφές</translation>
    </message>
    <message>
        <source>We have read and discussed this evaluation.</source>
        <translation>Διαβάσαμε και συζητήσαμε αυτή την αξιολόγηση.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμη</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Σχόλια για τη συνεδρία</translation>
    </message>
    <message>
        <source>{starts}  ·  Trainer: {trainer}</source>
        <translation>{starts}  ·  Εκπαιδευτής: {trainer}</translation>
    </message>
    <message>
        <source>SESSION CODE</source>
        <translation>ΚΩΔΙΚΟΣ ΣΥΝΕΔΡΙΑΣ</translation>
    </message>
    <message>
        <source>This form is anonymous: please do not write your name. Tick one box per question (1 = strongly disagree, 5 = strongly agree). Leave a question blank if you prefer not to answer.</source>
        <translation>Αυτή η φόρμα είναι ανώνυμη: μη γράψετε το όνομά σας. Σημειώστε ένα τετράγωνο ανά ερώτηση (1 = διαφωνώ απόλυτα, 5 = συμφωνώ απόλυτα). Αφήστε μια ερώτηση κενή αν προτιμάτε να μην απαντήσετε.</translation>
    </message>
    <message>
        <source>Comments: what worked well, and what would you change?</source>
        <translation>Σχόλια: τι λειτούργησε καλά και τι θα αλλάζατε;</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper.</source>
        <translation>Επιλέξτε χαρτί A4 ή Letter.</translation>
    </message>
    <message>
        <source>Session {code}  ·  anonymous trainee feedback  ·  page {page}</source>
        <translation>Συνεδρία {code}  ·  ανώνυμα σχόλια εκπαιδευομένων  ·  σελίδα {page}</translation>
    </message>
    <message>
        <source>Session code {code}</source>
        <translation>Κωδικός συνεδρίας {code}</translation>
    </message>
    <message>
        <source>Session feedback {code}</source>
        <translation>Σχόλια για τη συνεδρία {code}</translation>
    </message>
    <message>
        <source>Anonymous trainee feedback form</source>
        <translation>Ανώνυμη φόρμα σχολίων εκπαιδευομένων</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Κανένα ακόμη.</translation>
    </message>
    <message>
        <source>– (no {unit})</source>
        <translation>– (καμία τιμή: {unit})</translation>
    </message>
    <message>
        <source>; 95% CI {low}–{high}</source>
        <translation>· 95% ΔΕ {low}–{high}</translation>
    </message>
    <message>
        <source>no {unit} yet</source>
        <translation>κανένα ακόμη: {unit}</translation>
    </message>
    <message>
        <source>n = {n} {unit}</source>
        <translation>n = {n} {unit}</translation>
    </message>
    <message>
        <source>{share} ({part} of {whole})</source>
        <translation>{share} ({part} από {whole})</translation>
    </message>
    <message>
        <source>Generated {date} by {author} · Trainer Coach</source>
        <translation>Δημιουργήθηκε {date} από {author} · Trainer Coach</translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation>σελίδα {page} από {total}</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Αναφορά προγράμματος</translation>
    </message>
    <message>
        <source>Train the trainer: pipeline, deliveries and readiness</source>
        <translation>Εκπαίδευση του εκπαιδευτή: ροή, συνεδρίες και ετοιμότητα</translation>
    </message>
    <message>
        <source>{candidates} candidates   ·   {sessions} practice deliveries   ·   Generated {date} by {author}</source>
        <translation>{candidates} υποψήφιοι   ·   {sessions} πρακτικές συνεδρίες   ·   Δημιουργήθηκε {date} από {author}</translation>
    </message>
    <message>
        <source>Candidates in the programme</source>
        <translation>Υποψήφιοι στο πρόγραμμα</translation>
    </message>
    <message>
        <source>internal trainers: {share}</source>
        <translation>εσωτερικοί εκπαιδευτές: {share}</translation>
    </message>
    <message>
        <source>Certifications in force</source>
        <translation>Ισχύουσες πιστοποιήσεις</translation>
    </message>
    <message>
        <source>{count} action items overdue</source>
        <translation>{count} εκπρόθεσμες ενέργειες</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <source>not counting {paused} paused or withdrawn; {count} ready for certification</source>
        <translation>χωρίς {paused} σε παύση ή που αποχώρησαν· {count} έτοιμοι για πιστοποίηση</translation>
    </message>
    <message>
        <source>How many candidates ever reached each stage: the {active} active candidates, including {paused} since paused or withdrawn; archived candidates are left out.</source>
        <translation>Πόσοι υποψήφιοι έφτασαν ποτέ σε κάθε στάδιο: οι {active} ενεργοί υποψήφιοι, μαζί με {paused} που έκτοτε είναι σε παύση ή αποχώρησαν· οι αρχειοθετημένοι υποψήφιοι δεν μετρώνται.</translation>
    </message>
    <message>
        <source>Days each completed stay in a stage lasted (n = stays per stage).</source>
        <translation>Οι ημέρες που διήρκεσε κάθε ολοκληρωμένη παραμονή σε στάδιο (n = παραμονές ανά στάδιο).</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Υποψήφιοι</translation>
    </message>
    <message>
        <source>Rubric: mean of the observers&apos; weighted averages over the sessions scored (n). Feedback: the trainees&apos; overall item (n answers).</source>
        <translation>Ρουμπρίκα: μέσος όρος των σταθμισμένων μέσων όρων των παρατηρητών στις συνεδρίες με βαθμολογία (n). Σχόλια: η συνολική ερώτηση των εκπαιδευομένων (n απαντήσεις).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Κανένας υποψήφιος ακόμη.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Τάσεις</translation>
    </message>
    <message>
        <source>Monthly means with their 95% intervals, and deliveries per month.</source>
        <translation>Μηνιαίοι μέσοι όροι με τα διαστήματα 95%, και συνεδρίες ανά μήνα.</translation>
    </message>
    <message>
        <source>Session report: {topic} ({code})</source>
        <translation>Αναφορά συνεδρίας: {topic} ({code})</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Αναφορά συνεδρίας</translation>
    </message>
    <message>
        <source>Trainer: {trainer}   ·   {starts}   ·   Session code {code}   ·   Generated {date} by {author}</source>
        <translation>Εκπαιδευτής: {trainer}   ·   {starts}   ·   Κωδικός συνεδρίας {code}   ·   Δημιουργήθηκε {date} από {author}</translation>
    </message>
    <message>
        <source>Rubric (observers)</source>
        <translation>Ρουμπρίκα (παρατηρητές)</translation>
    </message>
    <message>
        <source>n = {n} observers</source>
        <translation>n = {n} παρατηρητές</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Ποσοστό απόκρισης</translation>
    </message>
    <message>
        <source>{forms} forms from {trainees} trainees</source>
        <translation>{forms} φόρμες από {trainees} εκπαιδευόμενους</translation>
    </message>
    <message>
        <source>{count} of {total} checks give one</source>
        <translation>{count} από {total} ελέγχους δίνουν τιμή</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} λεπτά</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Κωδικός συνεδρίας</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Κοινό</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>Εκπαιδευτικό στοιχείο</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Παρατηρητές</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Βιντεοσκόπηση</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Παρατηρήσεις</translation>
    </message>
    <message>
        <source>Each observer&apos;s scores against the rubric version they used, 1–5, with their notes.</source>
        <translation>Οι βαθμολογίες κάθε παρατηρητή με την έκδοση ρουμπρίκας που χρησιμοποίησε, 1–5, με τις σημειώσεις του.</translation>
    </message>
    <message>
        <source>No observation recorded for this session.</source>
        <translation>Δεν έχει καταγραφεί παρατήρηση για αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>{observer} · weighted average {average} (n={n} criteria) · recommendation: {recommendation}</source>
        <translation>{observer} · σταθμισμένος μέσος όρος {average} (n={n} κριτήρια) · σύσταση: {recommendation}</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>δεν παρατηρήθηκε</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Δυνατά σημεία</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Βελτιώσεις</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>{forms} anonymous forms from {trainees} trainees.</source>
        <translation>{forms} ανώνυμες φόρμες από {trainees} εκπαιδευόμενους.</translation>
    </message>
    <message>
        <source>Share of answers per item, disagree to the left, agree to the right (n per item).</source>
        <translation>Ποσοστό απαντήσεων ανά ερώτηση, διαφωνία αριστερά, συμφωνία δεξιά (n ανά ερώτηση).</translation>
    </message>
    <message>
        <source>Trainee comments</source>
        <translation>Σχόλια εκπαιδευομένων</translation>
    </message>
    <message>
        <source>{count} of {total} written comments, as typed.</source>
        <translation>{count} από {total} γραπτά σχόλια, όπως γράφτηκαν.</translation>
    </message>
    <message>
        <source>No trainee has written a comment.</source>
        <translation>Κανένας εκπαιδευόμενος δεν έχει γράψει σχόλιο.</translation>
    </message>
    <message>
        <source>Comprehension checks</source>
        <translation>Έλεγχοι κατανόησης</translation>
    </message>
    <message>
        <source>Scores before and after the session for trainees with both; the normalised gain is the share of what was left to learn that was learned.</source>
        <translation>Βαθμολογίες πριν και μετά τη συνεδρία για εκπαιδευόμενους με αμφότερες· το κανονικοποιημένο κέρδος είναι το μέρος όσων έμεναν να μαθευτούν που μαθεύτηκε.</translation>
    </message>
    <message>
        <source>No comprehension check recorded for this session.</source>
        <translation>Δεν έχει καταγραφεί έλεγχος κατανόησης για αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Μέτρο</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Before (mean)</source>
        <translation>Πριν (μέσος όρος)</translation>
    </message>
    <message>
        <source>After (mean)</source>
        <translation>Μετά (μέσος όρος)</translation>
    </message>
    <message>
        <source>Gain per trainee</source>
        <translation>Κέρδος ανά εκπαιδευόμενο</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>ζεύγη</translation>
    </message>
    <message>
        <source>Retention check</source>
        <translation>Έλεγχος διατήρησης</translation>
    </message>
    <message>
        <source>Each line is one trainee (n={n} with both scores).</source>
        <translation>Κάθε γραμμή είναι ένας εκπαιδευόμενος (n={n} με αμφότερες τις βαθμολογίες).</translation>
    </message>
    <message>
        <source>Knowledge of the business and the support processes</source>
        <translation>Γνώση της επιχείρησης και των διαδικασιών υποστήριξης</translation>
    </message>
    <message>
        <source>Passion for teaching and developing others</source>
        <translation>Πάθος για τη διδασκαλία και την ανάπτυξη των δεξιοτήτων άλλων</translation>
    </message>
    <message>
        <source>Confident presenting; spoken and written communication</source>
        <translation>Αυτοπεποίθηση στην παρουσίαση· προφορική και γραπτή επικοινωνία</translation>
    </message>
    <message>
        <source>Follows precise instructions and processes</source>
        <translation>Ακολουθεί ακριβείς οδηγίες και διαδικασίες</translation>
    </message>
    <message>
        <source>Practise more</source>
        <translation>Χρειάζεται εξάσκηση</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Προτάθηκε</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation>Εκπαίδευση του εκπαιδευτή</translation>
    </message>
    <message>
        <source>Co-delivery</source>
        <translation>Συνδιδασκαλία</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Πιστοποιημένος</translation>
    </message>
    <message>
        <source>Active trainer</source>
        <translation>Ενεργός εκπαιδευτής</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Αποχώρησε</translation>
    </message>
    <message>
        <source>The session was clear</source>
        <translation>Η συνεδρία ήταν σαφής</translation>
    </message>
    <message>
        <source>The content is relevant to my work</source>
        <translation>Το περιεχόμενο σχετίζεται με την εργασία μου</translation>
    </message>
    <message>
        <source>The pace was right</source>
        <translation>Ο ρυθμός ήταν σωστός</translation>
    </message>
    <message>
        <source>The session kept me engaged</source>
        <translation>Η συνεδρία κράτησε το ενδιαφέρον μου</translation>
    </message>
    <message>
        <source>I feel confident applying what I learned</source>
        <translation>Νιώθω σίγουρος ότι μπορώ να εφαρμόσω όσα έμαθα</translation>
    </message>
    <message>
        <source>Overall, the session was good</source>
        <translation>Συνολικά, η συνεδρία ήταν καλή</translation>
    </message>
    <message>
        <source>How likely are you to recommend this session to a colleague?</source>
        <translation>Πόσο πιθανό είναι να προτείνετε αυτή τη συνεδρία σε έναν συνάδελφο;</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>Πληκτρολογήστε το όνομα του υποψηφίου.</translation>
    </message>
    <message>
        <source>A name can be at most {max_name} characters.</source>
        <translation>Ένα όνομα μπορεί να έχει έως {max_name} χαρακτήρες.</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Αυτό δεν μοιάζει με διεύθυνση email (name@example.com).</translation>
    </message>
    <message>
        <source>{other} already uses this email address.</source>
        <translation>Ο/Η {other} χρησιμοποιεί ήδη αυτή τη διεύθυνση email.</translation>
    </message>
    <message>
        <source>Choose employee or vendor.</source>
        <translation>Επιλέξτε υπάλληλος ή προμηθευτής.</translation>
    </message>
    <message>
        <source>Name the vendor&apos;s company.</source>
        <translation>Δώστε την εταιρεία του προμηθευτή.</translation>
    </message>
    <message>
        <source>{title} was changed by someone else since; their change is kept.</source>
        <translation>Το {title} άλλαξε στο μεταξύ από κάποιον άλλο· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Only {owner}, who owns “{title}”, or a lead can change it.</source>
        <translation>Μόνο ο/η {owner}, κάτοχος του «{title}», ή ένας υπεύθυνος μπορεί να το αλλάξει.</translation>
    </message>
    <message>
        <source>its owner</source>
        <translation>ο κάτοχός του</translation>
    </message>
    <message>
        <source>On the team server you own the assets you add and edit; a lead can give one to someone else.</source>
        <translation>Στον διακομιστή της ομάδας είστε ο κάτοχος του υλικού που προσθέτετε και επεξεργάζεστε· ένας υπεύθυνος μπορεί να το αναθέσει σε άλλον.</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>Αυτό το άτομο δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This version is no longer in the database.</source>
        <translation>Αυτή η έκδοση δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This feedback is no longer in the database.</source>
        <translation>Αυτό το σχόλιο δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A candidate cannot be their own mentor.</source>
        <translation>Ένας υποψήφιος δεν μπορεί να είναι ο μέντοράς του.</translation>
    </message>
    <message>
        <source>The nomination date cannot be in the future.</source>
        <translation>Η ημερομηνία πρότασης δεν μπορεί να είναι μελλοντική.</translation>
    </message>
    <message>
        <source>The hire date cannot be in the future.</source>
        <translation>Η ημερομηνία πρόσληψης δεν μπορεί να είναι μελλοντική.</translation>
    </message>
    <message>
        <source>Unknown traits: {join}.</source>
        <translation>Άγνωστα χαρακτηριστικά: {join}.</translation>
    </message>
    <message>
        <source>Score the trait from 1 to 5, or leave it empty.</source>
        <translation>Βαθμολογήστε το χαρακτηριστικό από 1 έως 5 ή αφήστε το κενό.</translation>
    </message>
    <message>
        <source>This candidate is no longer in the database.</source>
        <translation>Αυτός ο υποψήφιος δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Sessions, action items or certifications were added for {name} since; undo would delete them, so {name} is kept.</source>
        <translation>Στο μεταξύ προστέθηκαν συνεδρίες, ενέργειες ή πιστοποιήσεις για {name}· η αναίρεση θα τις διέγραφε, οπότε {name} παραμένει.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Προσθήκη: {name}</translation>
    </message>
    <message>
        <source>The pipeline has no stages; add one first.</source>
        <translation>Η ροή δεν έχει στάδια· προσθέστε πρώτα ένα.</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since; their change is kept.</source>
        <translation>Το {name} άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Επεξεργασία: {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Αρχειοθέτηση: {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Επαναφορά: {name}</translation>
    </message>
    <message>
        <source>{person_name} is already archived.</source>
        <translation>Ο/Η {person_name} είναι ήδη αρχειοθετημένος/η.</translation>
    </message>
    <message>
        <source>{person_name} is not archived.</source>
        <translation>Ο/Η {person_name} δεν είναι αρχειοθετημένος/η.</translation>
    </message>
    <message>
        <source>Name the topic the trainer is certified for.</source>
        <translation>Δώστε το θέμα για το οποίο πιστοποιείται ο εκπαιδευτής.</translation>
    </message>
    <message>
        <source>A topic can be at most 300 characters.</source>
        <translation>Ένα θέμα μπορεί να έχει έως 300 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Choose beginner, intermediate or advanced.</source>
        <translation>Επιλέξτε αρχάριος, μεσαίο επίπεδο ή προχωρημένος.</translation>
    </message>
    <message>
        <source>A certification cannot be awarded in the future.</source>
        <translation>Μια πιστοποίηση δεν μπορεί να απονεμηθεί σε μελλοντική ημερομηνία.</translation>
    </message>
    <message>
        <source>The renewal date comes after the award.</source>
        <translation>Η ημερομηνία ανανέωσης είναι μετά την απονομή.</translation>
    </message>
    <message>
        <source>Evidence must be sessions this trainer gave.</source>
        <translation>Η τεκμηρίωση πρέπει να είναι συνεδρίες που πραγματοποίησε αυτός ο εκπαιδευτής.</translation>
    </message>
    <message>
        <source>Certify for {topic}</source>
        <translation>Πιστοποίηση για {topic}</translation>
    </message>
    <message>
        <source>This certification is no longer in the database.</source>
        <translation>Αυτή η πιστοποίηση δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This certification was changed by someone else since; their change is kept.</source>
        <translation>Αυτή η πιστοποίηση άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>There is no sign-off to withdraw.</source>
        <translation>Δεν υπάρχει έγκριση για ανάκληση.</translation>
    </message>
    <message>
        <source>Choose a daily quiz, a practical task test or an oral exam.</source>
        <translation>Επιλέξτε καθημερινό κουίζ, τεστ πρακτικών εργασιών ή προφορική εξέταση.</translation>
    </message>
    <message>
        <source>The maximum score is a number above 0, or empty when there is none.</source>
        <translation>Η μέγιστη βαθμολογία είναι αριθμός πάνω από 0 ή κενή όταν δεν υπάρχει.</translation>
    </message>
    <message>
        <source>A title can be at most 300 characters.</source>
        <translation>Ένας τίτλος μπορεί να έχει έως 300 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The retention check comes after the check itself.</source>
        <translation>Ο έλεγχος διατήρησης γίνεται μετά τον ίδιο τον έλεγχο.</translation>
    </message>
    <message>
        <source>Trainee {label}</source>
        <translation>Εκπαιδευόμενος {label}</translation>
    </message>
    <message>
        <source>Row {line}: give the trainee an anonymous label, such as T{line:02d}.</source>
        <translation>Γραμμή {line}: δώστε στον εκπαιδευόμενο μια ανώνυμη ετικέτα, π.χ. T{line:02d}.</translation>
    </message>
    <message>
        <source>Row {line}: a trainee label can be at most {max_trainee} characters.</source>
        <translation>Γραμμή {line}: η ετικέτα εκπαιδευόμενου μπορεί να έχει έως {max_trainee} χαρακτήρες.</translation>
    </message>
    <message>
        <source>{where} appears twice.</source>
        <translation>Το {where} εμφανίζεται δύο φορές.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>πριν</translation>
    </message>
    <message>
        <source>after</source>
        <translation>μετά</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>διατήρησης</translation>
    </message>
    <message>
        <source>{where}: the {name} score must be a number of 0 or more.</source>
        <translation>{where}: η βαθμολογία ({name}) πρέπει να είναι αριθμός 0 ή μεγαλύτερος.</translation>
    </message>
    <message>
        <source>{where}: the {name} score {value:g} is above the maximum {form_max_score:g}.</source>
        <translation>{where}: η βαθμολογία ({name}) {value:g} είναι πάνω από το μέγιστο {form_max_score:g}.</translation>
    </message>
    <message>
        <source>Question {line}: write the question (or a short name for it).</source>
        <translation>Ερώτηση {line}: γράψτε την ερώτηση (ή ένα σύντομο όνομά της).</translation>
    </message>
    <message>
        <source>Question {line}: a question can be at most {max} characters.</source>
        <translation>Ερώτηση {line}: μια ερώτηση έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Question {line}: a topic can be at most {max} characters.</source>
        <translation>Ερώτηση {line}: ένα θέμα έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Question {line}: the counts are whole numbers of 0 or more.</source>
        <translation>Ερώτηση {line}: τα πλήθη είναι ακέραιοι αριθμοί από 0 και πάνω.</translation>
    </message>
    <message>
        <source>Question {line}: {correct} right answers out of {answered} answers cannot be.</source>
        <translation>Ερώτηση {line}: δεν γίνεται {correct} σωστές απαντήσεις σε {answered} απαντήσεις.</translation>
    </message>
    <message>
        <source>This comprehension check is no longer in the database.</source>
        <translation>Αυτός ο έλεγχος κατανόησης δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This session is no longer in the database.</source>
        <translation>Αυτή η συνεδρία δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This comprehension check was changed by someone else since; their change is kept.</source>
        <translation>Αυτός ο έλεγχος κατανόησης άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Choose the candidate who gave the session.</source>
        <translation>Επιλέξτε τον υποψήφιο που πραγματοποίησε τη συνεδρία.</translation>
    </message>
    <message>
        <source>Enter the session&apos;s topic.</source>
        <translation>Πληκτρολογήστε το θέμα της συνεδρίας.</translation>
    </message>
    <message>
        <source>A topic can be at most {max_topic} characters.</source>
        <translation>Ένα θέμα μπορεί να έχει έως {max_topic} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Give the date and time of the session.</source>
        <translation>Δώστε την ημερομηνία και την ώρα της συνεδρίας.</translation>
    </message>
    <message>
        <source>The session is more than a year ahead; check the date.</source>
        <translation>Η συνεδρία απέχει περισσότερο από έναν χρόνο· ελέγξτε την ημερομηνία.</translation>
    </message>
    <message>
        <source>Choose classroom, virtual or online/self-paced.</source>
        <translation>Επιλέξτε τάξη, εικονική ή διαδικτυακή / ατομικός ρυθμός.</translation>
    </message>
    <message>
        <source>Choose new hires, existing agents or mixed.</source>
        <translation>Επιλέξτε νέοι συνεργάτες, υπάρχοντες αντιπρόσωποι ή μικτό.</translation>
    </message>
    <message>
        <source>The number of trainees is a whole number from 0 to {max_trainees}.</source>
        <translation>Ο αριθμός των εκπαιδευομένων είναι ακέραιος από 0 έως {max_trainees}.</translation>
    </message>
    <message>
        <source>The duration is a whole number of minutes, from 1 to 1440.</source>
        <translation>Η διάρκεια είναι ακέραιος αριθμός λεπτών, από 1 έως 1440.</translation>
    </message>
    <message>
        <source>This session, or something recorded for it, was changed or added to by someone else since; their change is kept and the session stays.</source>
        <translation>Αυτή η συνεδρία, ή κάτι καταγεγραμμένο σε αυτήν, άλλαξε ή συμπληρώθηκε από κάποιον άλλον στο μεταξύ· η αλλαγή του διατηρείται και η συνεδρία μένει.</translation>
    </message>
    <message>
        <source>The candidate who gave this session was deleted since, so the session cannot come back.</source>
        <translation>Ο/Η υποψήφιος/α που έδωσε αυτή τη συνεδρία διαγράφηκε στο μεταξύ, οπότε η συνεδρία δεν μπορεί να επανέλθει.</translation>
    </message>
    <message>
        <source>A session logged since has taken this session&apos;s number or code, so it cannot come back; nothing was changed.</source>
        <translation>Μια συνεδρία που καταγράφηκε στο μεταξύ πήρε τον αριθμό ή τον κωδικό αυτής της συνεδρίας, οπότε δεν μπορεί να επανέλθει· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Something this session needs was deleted, or its records&apos; places were taken, since it was deleted; nothing was put back.</source>
        <translation>Από τη διαγραφή της, κάτι που χρειάζεται αυτή η συνεδρία διαγράφηκε ή οι θέσεις των εγγραφών της πάρθηκαν από άλλες· δεν επανήλθε τίποτα.</translation>
    </message>
    <message>
        <source>This training asset is no longer in the database.</source>
        <translation>Αυτό το εκπαιδευτικό στοιχείο δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>An observer is listed twice.</source>
        <translation>Ένας παρατηρητής αναφέρεται δύο φορές.</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Δώστε ένα όνομα στην άσκηση.</translation>
    </message>
    <message>
        <source>A name can be at most {most} characters.</source>
        <translation>Ένα όνομα μπορεί να έχει το πολύ {most} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Choose at least two observers: agreement needs two or more.</source>
        <translation>Επιλέξτε τουλάχιστον δύο παρατηρητές: η συμφωνία χρειάζεται δύο ή περισσότερους.</translation>
    </message>
    <message>
        <source>Add at least one delivery to score.</source>
        <translation>Προσθέστε τουλάχιστον μία συνεδρία για βαθμολόγηση.</translation>
    </message>
    <message>
        <source>Delivery {line}: choose a practice session or give a recording&apos;s link.</source>
        <translation>Συνεδρία {line}: επιλέξτε μια πρακτική συνεδρία ή δώστε τον σύνδεσμο μιας εγγραφής.</translation>
    </message>
    <message>
        <source>Delivery {line}: the title or the link is too long.</source>
        <translation>Συνεδρία {line}: ο τίτλος ή ο σύνδεσμος είναι πολύ μεγάλος.</translation>
    </message>
    <message>
        <source>This calibration exercise is no longer in the database.</source>
        <translation>Αυτή η άσκηση βαθμονόμησης δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>An observer is no longer in the database.</source>
        <translation>Ένας παρατηρητής δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A session to score is no longer in the database.</source>
        <translation>Μια συνεδρία προς βαθμολόγηση δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5, or empty.</source>
        <translation>Μια βαθμολογία είναι ακέραιος από 1 έως 5, ή κενή.</translation>
    </message>
    <message>
        <source>These scores were handed in; they can no longer change.</source>
        <translation>Αυτές οι βαθμολογίες παραδόθηκαν· δεν μπορούν πλέον να αλλάξουν.</translation>
    </message>
    <message>
        <source>A score is for a delivery or criterion not in this exercise.</source>
        <translation>Μια βαθμολογία αφορά συνεδρία ή κριτήριο που δεν ανήκει σε αυτή την άσκηση.</translation>
    </message>
    <message>
        <source>This exercise is closed; its scores can no longer change.</source>
        <translation>Αυτή η άσκηση έχει κλείσει· οι βαθμολογίες της δεν μπορούν πλέον να αλλάξουν.</translation>
    </message>
    <message>
        <source>This person is not an observer in this exercise.</source>
        <translation>Αυτό το πρόσωπο δεν είναι παρατηρητής σε αυτή την άσκηση.</translation>
    </message>
    <message>
        <source>Mean over criteria</source>
        <translation>Μέσος όρος κριτηρίων</translation>
    </message>
    <message>
        <source>A candidate cannot observe their own session.</source>
        <translation>Ένας υποψήφιος δεν μπορεί να παρατηρήσει τη δική του συνεδρία.</translation>
    </message>
    <message>
        <source>A recording link can be at most {max_link} characters.</source>
        <translation>Ο σύνδεσμος βιντεοσκόπησης μπορεί να έχει έως {max_link} χαρακτήρες.</translation>
    </message>
    <message>
        <source>A recording link is a web address starting with https:// (for example https://video.example.com/session-12).</source>
        <translation>Ο σύνδεσμος βιντεοσκόπησης είναι διεύθυνση ιστού που αρχίζει με https:// (για παράδειγμα https://video.example.com/session-12).</translation>
    </message>
    <message>
        <source>No session has the code {code_strip!r}.</source>
        <translation>Καμία συνεδρία δεν έχει τον κωδικό {code_strip!r}.</translation>
    </message>
    <message>
        <source>This session was changed by someone else since; their change is kept.</source>
        <translation>Αυτή η συνεδρία άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Observations, feedback or checks were added to this session since; undo would delete them, so the session is kept.</source>
        <translation>Στο μεταξύ προστέθηκαν παρατηρήσεις, σχόλια ή έλεγχοι σε αυτή τη συνεδρία· η αναίρεση θα τα διέγραφε, οπότε η συνεδρία παραμένει.</translation>
    </message>
    <message>
        <source>Log session {topic}</source>
        <translation>Καταγραφή συνεδρίας {topic}</translation>
    </message>
    <message>
        <source>Edit session {topic}</source>
        <translation>Επεξεργασία συνεδρίας {topic}</translation>
    </message>
    <message>
        <source>This session has been observed, and the observation is part of the record: ask a lead to delete it.</source>
        <translation>Αυτή η συνεδρία έχει παρατηρηθεί και η παρατήρηση είναι μέρος του αρχείου: ζητήστε από έναν υπεύθυνο να τη διαγράψει.</translation>
    </message>
    <message>
        <source>A link can be at most {most} characters.</source>
        <translation>Ένας σύνδεσμος μπορεί να έχει έως {most} χαρακτήρες.</translation>
    </message>
    <message>
        <source>The article&apos;s address is a web address starting with https:// (for example https://kb.example.com/refunds).</source>
        <translation>Η διεύθυνση του άρθρου είναι διεύθυνση ιστού που ξεκινά με https:// (για παράδειγμα https://kb.example.com/refunds).</translation>
    </message>
    <message>
        <source>Give the training asset a title.</source>
        <translation>Δώστε τίτλο στο εκπαιδευτικό στοιχείο.</translation>
    </message>
    <message>
        <source>A title can be at most {max_topic} characters.</source>
        <translation>Ένας τίτλος μπορεί να έχει έως {max_topic} χαρακτήρες.</translation>
    </message>
    <message>
        <source>A template&apos;s name can be at most {most} characters.</source>
        <translation>Το όνομα ενός προτύπου μπορεί να έχει έως {most} χαρακτήρες.</translation>
    </message>
    <message>
        <source>“{code}” is not a language code: write codes such as en, el, zh_CN, separated by commas.</source>
        <translation>Το «{code}» δεν είναι κωδικός γλώσσας: γράψτε κωδικούς όπως en, el, zh_CN, χωρισμένους με κόμμα.</translation>
    </message>
    <message>
        <source>Too many languages: at most {most} characters of codes.</source>
        <translation>Πάρα πολλές γλώσσες: έως {most} χαρακτήρες κωδικών.</translation>
    </message>
    <message>
        <source>Give the article&apos;s address first: the date is when that article last changed.</source>
        <translation>Δώστε πρώτα τη διεύθυνση του άρθρου: η ημερομηνία είναι η τελευταία αλλαγή αυτού του άρθρου.</translation>
    </message>
    <message>
        <source>The article cannot have changed after today.</source>
        <translation>Το άρθρο δεν μπορεί να άλλαξε μετά τη σημερινή ημέρα.</translation>
    </message>
    <message>
        <source>Tick at least one kind of content: text, visual, hands-on or mock tickets.</source>
        <translation>Επιλέξτε τουλάχιστον ένα είδος περιεχομένου: κείμενο, οπτικό, πρακτική ή εικονικά αιτήματα.</translation>
    </message>
    <message>
        <source>Give the version a label, such as 2.0 or 2026-12.</source>
        <translation>Δώστε στην έκδοση μια ετικέτα, όπως 2.0 ή 2026-12.</translation>
    </message>
    <message>
        <source>A version&apos;s label can be at most {most} characters.</source>
        <translation>Η ετικέτα μιας έκδοσης μπορεί να έχει έως {most} χαρακτήρες.</translation>
    </message>
    <message>
        <source>This asset already has a version {label}.</source>
        <translation>Αυτό το υλικό έχει ήδη έκδοση {label}.</translation>
    </message>
    <message>
        <source>Say what changed in this version.</source>
        <translation>Πείτε τι άλλαξε σε αυτή την έκδοση.</translation>
    </message>
    <message>
        <source>What changed can be at most {most} characters.</source>
        <translation>Η περιγραφή της αλλαγής μπορεί να έχει έως {most} χαρακτήρες.</translation>
    </message>
    <message>
        <source>A review cannot be dated after today.</source>
        <translation>Ένας έλεγχος δεν μπορεί να έχει ημερομηνία μετά τη σημερινή.</translation>
    </message>
    <message>
        <source>The next review is due after this one.</source>
        <translation>Ο επόμενος έλεγχος πρέπει να είναι μετά από αυτόν.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5, or empty.</source>
        <translation>Η βαθμολογία είναι ακέραιος από 1 έως 5 ή κενή.</translation>
    </message>
    <message>
        <source>A comment can be at most {most} characters.</source>
        <translation>Ένα σχόλιο μπορεί να έχει έως {most} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Give a rating, a comment or both.</source>
        <translation>Δώστε βαθμολογία, σχόλιο ή και τα δύο.</translation>
    </message>
    <message>
        <source>There is already a training asset called {title}.</source>
        <translation>Υπάρχει ήδη εκπαιδευτικό στοιχείο με τον τίτλο {title}.</translation>
    </message>
    <message>
        <source>There is no feedback item {key!r}.</source>
        <translation>Δεν υπάρχει ερώτηση σχολίων {key!r}.</translation>
    </message>
    <message>
        <source>{item_label}: answer from {low} to {high}, or leave it blank.</source>
        <translation>{item_label}: απάντηση από {low} έως {high} ή αφήστε το κενό.</translation>
    </message>
    <message>
        <source>A comment can be at most {max_comment} characters.</source>
        <translation>Ένα σχόλιο μπορεί να έχει έως {max_comment} χαρακτήρες.</translation>
    </message>
    <message>
        <source>This form is empty: answer at least one question or write a comment.</source>
        <translation>Η φόρμα είναι κενή: απαντήστε σε τουλάχιστον μία ερώτηση ή γράψτε ένα σχόλιο.</translation>
    </message>
    <message>
        <source>Write the question trainees will answer.</source>
        <translation>Γράψτε την ερώτηση που θα απαντήσουν οι εκπαιδευόμενοι.</translation>
    </message>
    <message>
        <source>A question can be at most 300 characters.</source>
        <translation>Μια ερώτηση μπορεί να έχει έως 300 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Choose a 1-5 agreement scale or a 0-10 recommendation scale.</source>
        <translation>Επιλέξτε κλίμακα συμφωνίας 1-5 ή κλίμακα σύστασης 0-10.</translation>
    </message>
    <message>
        <source>This question is already asked.</source>
        <translation>Αυτή η ερώτηση υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>This feedback item is no longer in the database.</source>
        <translation>Αυτή η ερώτηση σχολίων δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This import was taken back or deleted by someone else since; nothing was changed.</source>
        <translation>Αυτή η εισαγωγή αναιρέθηκε ή διαγράφηκε από κάποιον άλλον στο μεταξύ· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Forms of this import were changed, added or deleted by someone else since; their change is kept and nothing was taken back.</source>
        <translation>Φόρμες αυτής της εισαγωγής άλλαξαν, προστέθηκαν ή διαγράφηκαν από κάποιον άλλον στο μεταξύ· η αλλαγή του διατηρείται και δεν αναιρέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>This file was imported into the session again since; putting its forms back would count them twice, so nothing was changed.</source>
        <translation>Αυτό το αρχείο εισήχθη ξανά στη συνεδρία στο μεταξύ· αν επανέρχονταν οι φόρμες του θα μετρούσαν δύο φορές, οπότε δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Feedback forms were added since in the places of this import&apos;s forms; nothing was put back.</source>
        <translation>Στο μεταξύ προστέθηκαν φόρμες σχολίων στις θέσεις των φορμών αυτής της εισαγωγής· δεν επανήλθε τίποτα.</translation>
    </message>
    <message>
        <source>{name} is shared by the team; only a lead changes it. Save your mapping under another name.</source>
        <translation>Το {name} είναι κοινό για την ομάδα· μόνο ένας επικεφαλής το αλλάζει. Αποθηκεύστε την αντιστοίχισή σας με άλλο όνομα.</translation>
    </message>
    <message>
        <source>Unknown source of feedback.</source>
        <translation>Άγνωστη πηγή σχολίων.</translation>
    </message>
    <message>
        <source>Form {number}: </source>
        <translation>Φόρμα {number}: </translation>
    </message>
    <message>
        <source>These feedback forms were changed or deleted by someone else since; their change is kept and nothing was taken back.</source>
        <translation>Αυτές οι φόρμες σχολίων άλλαξαν ή διαγράφηκαν από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται και τίποτα δεν αναιρέθηκε.</translation>
    </message>
    <message>
        <source>There is no import preset called {name!r}.</source>
        <translation>Δεν υπάρχει προρύθμιση εισαγωγής με το όνομα {name!r}.</translation>
    </message>
    <message>
        <source>Give the preset a name, e.g. the survey tool it is for.</source>
        <translation>Δώστε ένα όνομα στην προρύθμιση, π.χ. το εργαλείο έρευνας για το οποίο είναι.</translation>
    </message>
    <message>
        <source>A preset name can be at most 200 characters.</source>
        <translation>Το όνομα μιας προρύθμισης μπορεί να έχει έως 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>This milestone was changed by someone else since; their change is kept.</source>
        <translation>Αυτό το ορόσημο άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Unknown train-the-trainer component.</source>
        <translation>Άγνωστη ενότητα της εκπαίδευσης του εκπαιδευτή.</translation>
    </message>
    <message>
        <source>Choose not started, in progress or done.</source>
        <translation>Επιλέξτε δεν ξεκίνησε, σε εξέλιξη ή έγινε.</translation>
    </message>
    <message>
        <source>Name the topic agents struggle with.</source>
        <translation>Ονομάστε το θέμα που δυσκολεύει τους εκπροσώπους.</translation>
    </message>
    <message>
        <source>A topic can be at most {max} characters.</source>
        <translation>Ένα θέμα έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>A description can be at most {max} characters.</source>
        <translation>Μια περιγραφή έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Choose what kind of evidence this is.</source>
        <translation>Επιλέξτε τι είδους τεκμήριο είναι.</translation>
    </message>
    <message>
        <source>Choose the record this evidence points to.</source>
        <translation>Επιλέξτε την εγγραφή στην οποία παραπέμπει το τεκμήριο.</translation>
    </message>
    <message>
        <source>Choose a QA score, CSAT or a ticket volume.</source>
        <translation>Επιλέξτε βαθμό QA, CSAT ή όγκο αιτημάτων.</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are date, kind, value, source, agents and note.</source>
        <translation>Άγνωστες στήλες: {columns}. Οι στήλες είναι ημερομηνία, είδος, τιμή, πηγή, πράκτορες και σημείωση.</translation>
    </message>
    <message>
        <source>Missing columns: {columns}. Each figure needs its date, its kind, its value and its source.</source>
        <translation>Λείπουν στήλες: {columns}. Κάθε δείκτης χρειάζεται ημερομηνία, είδος, τιμή και πηγή.</translation>
    </message>
    <message>
        <source>A file of figures holds at most {count} rows; is this the right file?</source>
        <translation>Ένα αρχείο δεικτών έχει το πολύ {count} γραμμές· είναι το σωστό αρχείο;</translation>
    </message>
    <message>
        <source>{cell!r} is not a kind of figure: write qa_score, csat or ticket_volume.</source>
        <translation>Το {cell!r} δεν είναι είδος δείκτη: γράψτε qa_score, csat ή ticket_volume.</translation>
    </message>
    <message>
        <source>Say what the figure is: qa_score, csat or ticket_volume.</source>
        <translation>Πείτε τι είναι ο δείκτης: qa_score, csat ή ticket_volume.</translation>
    </message>
    <message>
        <source>Say where the figure comes from (a report, a tool, a team).</source>
        <translation>Πείτε από πού προέρχεται η τιμή (αναφορά, εργαλείο, ομάδα).</translation>
    </message>
    <message>
        <source>A source can be at most {max} characters.</source>
        <translation>Μια πηγή έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Give the date the figure is for.</source>
        <translation>Δώστε την ημερομηνία στην οποία αφορά η τιμή.</translation>
    </message>
    <message>
        <source>{cell!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Το {cell!r} δεν είναι ημερομηνία: γράψτε την ως ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2026-03-31.</translation>
    </message>
    <message>
        <source>{cell!r} is not a date on the calendar.</source>
        <translation>Το {cell!r} δεν είναι υπαρκτή ημερομηνία.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Η ημερομηνία δεν μπορεί να είναι μελλοντική.</translation>
    </message>
    <message>
        <source>Give the figure, a number.</source>
        <translation>Δώστε την τιμή, έναν αριθμό.</translation>
    </message>
    <message>
        <source>{cell!r} is not a number.</source>
        <translation>Το {cell!r} δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>The figure is a number.</source>
        <translation>Η τιμή είναι αριθμός.</translation>
    </message>
    <message>
        <source>The figure cannot be below 0.</source>
        <translation>Η τιμή δεν μπορεί να είναι κάτω από 0.</translation>
    </message>
    <message>
        <source>The number of agents is a whole number of 0 or more, or empty.</source>
        <translation>Ο αριθμός εκπροσώπων είναι ακέραιος από 0 και πάνω ή κενό.</translation>
    </message>
    <message>
        <source>A note can be at most {max} characters.</source>
        <translation>Μια σημείωση έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>This knowledge gap is no longer in the database.</source>
        <translation>Αυτό το κενό γνώσης δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This check question is no longer in the database.</source>
        <translation>Αυτή η ερώτηση ελέγχου δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A gap is open or closed.</source>
        <translation>Ένα κενό είναι ανοιχτό ή κλειστό.</translation>
    </message>
    <message>
        <source>A business case was written for this gap since; the gap is kept.</source>
        <translation>Στο μεταξύ γράφτηκε επιχειρηματική τεκμηρίωση για αυτό το κενό· το κενό διατηρείται.</translation>
    </message>
    <message>
        <source>This knowledge gap was changed by someone else since; their change is kept.</source>
        <translation>Αυτό το κενό γνώσης άλλαξε στο μεταξύ από κάποιον άλλον· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>The record this evidence points to is no longer there.</source>
        <translation>Η εγγραφή στην οποία παραπέμπει το τεκμήριο δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>This record is already evidence of the gap.</source>
        <translation>Αυτή η εγγραφή είναι ήδη τεκμήριο του κενού.</translation>
    </message>
    <message>
        <source>This evidence is no longer in the database.</source>
        <translation>Αυτό το τεκμήριο δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>There are no figures in this file; nothing was imported.</source>
        <translation>Το αρχείο δεν έχει δείκτες· δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Give the date the milestone was reached.</source>
        <translation>Δώστε την ημερομηνία που επιτεύχθηκε το ορόσημο.</translation>
    </message>
    <message>
        <source>Choose who observed the session.</source>
        <translation>Επιλέξτε ποιος παρατήρησε τη συνεδρία.</translation>
    </message>
    <message>
        <source>This observer is no longer in the database.</source>
        <translation>Αυτός ο παρατηρητής δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>{observer_name} has already observed this session; open that observation.</source>
        <translation>Ο/Η {observer_name} έχει ήδη παρατηρήσει αυτή τη συνεδρία· ανοίξτε εκείνη την παρατήρηση.</translation>
    </message>
    <message>
        <source>This rubric version is no longer in the database.</source>
        <translation>Αυτή η έκδοση ρουμπρίκας δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A score is for a criterion that is not in this rubric version.</source>
        <translation>Μια βαθμολογία αφορά κριτήριο που δεν υπάρχει σε αυτή την έκδοση της ρουμπρίκας.</translation>
    </message>
    <message>
        <source>Score each criterion from 1 to 5, or leave it as not observed.</source>
        <translation>Βαθμολογήστε κάθε κριτήριο από 1 έως 5 ή αφήστε το ως μη παρατηρηθέν.</translation>
    </message>
    <message>
        <source>Score at least one criterion.</source>
        <translation>Βαθμολογήστε τουλάχιστον ένα κριτήριο.</translation>
    </message>
    <message>
        <source>Choose a recommendation.</source>
        <translation>Επιλέξτε σύσταση.</translation>
    </message>
    <message>
        <source>Action item {position} needs a description.</source>
        <translation>Η ενέργεια {position} χρειάζεται περιγραφή.</translation>
    </message>
    <message>
        <source>Action item {position} is longer than {max_action} characters.</source>
        <translation>Η ενέργεια {position} ξεπερνά τους {max_action} χαρακτήρες.</translation>
    </message>
    <message>
        <source>The owner of action item {position} is no longer in the database.</source>
        <translation>Ο υπεύθυνος της ενέργειας {position} δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This observation is no longer in the database.</source>
        <translation>Αυτή η παρατήρηση δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This observation was changed by someone else after you opened it.</source>
        <translation>Αυτή η παρατήρηση άλλαξε από κάποιον άλλο αφού την ανοίξατε.</translation>
    </message>
    <message>
        <source>This observation was changed by someone else since; their change is kept.</source>
        <translation>Αυτή η παρατήρηση άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Describe the action item.</source>
        <translation>Περιγράψτε την ενέργεια.</translation>
    </message>
    <message>
        <source>An action item can be at most {max_action} characters.</source>
        <translation>Μια ενέργεια μπορεί να έχει έως {max_action} χαρακτήρες.</translation>
    </message>
    <message>
        <source>This action item is no longer in the database.</source>
        <translation>Αυτή η ενέργεια δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This action item was changed by someone else since; their change is kept.</source>
        <translation>Αυτή η ενέργεια άλλαξε από κάποιον άλλο στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Πληκτρολογήστε το όνομα του ατόμου.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters.</source>
        <translation>Ένα όνομα μπορεί να έχει έως 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Choose lead, trainer or agent.</source>
        <translation>Επιλέξτε υπεύθυνος, εκπαιδευτής ή αντιπρόσωπος.</translation>
    </message>
    <message>
        <source>The login {db_user} has no access to this team.</source>
        <translation>Ο λογαριασμός {db_user} δεν έχει πρόσβαση σε αυτή την ομάδα.</translation>
    </message>
    <message>
        <source>Choose lead or trainer.</source>
        <translation>Επιλέξτε υπεύθυνος ή εκπαιδευτής.</translation>
    </message>
    <message>
        <source>Logins and roles are for a team server (PostgreSQL). A database file on your computer is yours alone; move it to a server with db copy first.</source>
        <translation>Τα ονόματα χρήστη και οι ρόλοι αφορούν διακομιστή ομάδας (PostgreSQL). Ένα αρχείο βάσης δεδομένων στον υπολογιστή σας είναι μόνο δικό σας· μεταφέρετέ το πρώτα σε διακομιστή με το db copy.</translation>
    </message>
    <message>
        <source>Only a lead can give people access to the team server.</source>
        <translation>Μόνο ένας υπεύθυνος μπορεί να δώσει πρόσβαση στον διακομιστή ομάδας.</translation>
    </message>
    <message>
        <source>The login {db_user} already belongs to {someone}.</source>
        <translation>Το όνομα χρήστη {db_user} ανήκει ήδη στον/στην {someone}.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>κάποιον άλλο</translation>
    </message>
    <message>
        <source>{db_user} is an administrator of the server; give the person their own login.</source>
        <translation>Ο {db_user} είναι διαχειριστής του διακομιστή· δώστε στο άτομο δικό του όνομα χρήστη.</translation>
    </message>
    <message>
        <source>Logins and roles are for a team server (PostgreSQL).</source>
        <translation>Τα ονόματα χρήστη και οι ρόλοι αφορούν διακομιστή ομάδας (PostgreSQL).</translation>
    </message>
    <message>
        <source>This person has no login on the team server.</source>
        <translation>Αυτό το άτομο δεν έχει όνομα χρήστη στον διακομιστή ομάδας.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Αυτό το στάδιο δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>They are all in {target_name} already.</source>
        <translation>Είναι όλοι ήδη σε {target_name}.</translation>
    </message>
    <message>
        <source>{person_name} is already in {target_name}.</source>
        <translation>Ο/Η {person_name} είναι ήδη στο στάδιο {target_name}.</translation>
    </message>
    <message>
        <source>Say why the candidate moves; the reason stays in their timeline.</source>
        <translation>Πείτε γιατί μετακινείται ο υποψήφιος· η αιτία μένει στο χρονολόγιό του.</translation>
    </message>
    <message>
        <source>{person_name} is archived; restore them before moving them.</source>
        <translation>Ο/Η {person_name} είναι αρχειοθετημένος/η· επαναφέρετέ τον/την πριν από τη μετακίνηση.</translation>
    </message>
    <message>
        <source>Move {name} to {stage}</source>
        <translation>Μετακίνηση {name} σε {stage}</translation>
    </message>
    <message>
        <source>That move is no longer in the database.</source>
        <translation>Αυτή η μετακίνηση δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The candidate has moved again since; undo that move first.</source>
        <translation>Ο υποψήφιος έχει μετακινηθεί ξανά από τότε· αναιρέστε πρώτα εκείνη τη μετακίνηση.</translation>
    </message>
    <message>
        <source>The candidate is no longer where this move started.</source>
        <translation>Ο υποψήφιος δεν βρίσκεται πλέον εκεί όπου ξεκίνησε αυτή η μετακίνηση.</translation>
    </message>
    <message>
        <source>A stage is either part of the pipeline or a side exit.</source>
        <translation>Ένα στάδιο είναι είτε μέρος της ροής είτε πλευρική έξοδος.</translation>
    </message>
    <message>
        <source>The new order must list every stage exactly once.</source>
        <translation>Η νέα σειρά πρέπει να περιέχει κάθε στάδιο ακριβώς μία φορά.</translation>
    </message>
    <message>
        <source>A stage added since has this stage&apos;s name or place; nothing was changed.</source>
        <translation>Ένα στάδιο που προστέθηκε στο μεταξύ έχει το όνομα ή τη θέση αυτού του σταδίου· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>{stage_name} was changed by someone else since; their change is kept.</source>
        <translation>Το στάδιο {stage_name} άλλαξε από κάποιον άλλον στο μεταξύ· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>{stage_name} holds {held} candidate(s), archived ones included; move them to another stage first.</source>
        <translation>Το στάδιο {stage_name} έχει {held} υποψήφιους, μαζί με τους αρχειοθετημένους· μετακινήστε τους πρώτα σε άλλο στάδιο.</translation>
    </message>
    <message>
        <source>{stage_name} is named in candidates&apos; timelines (moves: {in_history}), so it stays; rename it instead.</source>
        <translation>Το στάδιο {stage_name} αναφέρεται στα χρονολόγια υποψηφίων (μετακινήσεις: {in_history}), οπότε παραμένει· μετονομάστε το αντί γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation>Η ροή χρειάζεται τουλάχιστον ένα στάδιο.</translation>
    </message>
    <message>
        <source>Give the stage a name.</source>
        <translation>Δώστε ένα όνομα στο στάδιο.</translation>
    </message>
    <message>
        <source>A stage name can be at most {max_stage_name} characters.</source>
        <translation>Το όνομα ενός σταδίου μπορεί να έχει έως {max_stage_name} χαρακτήρες.</translation>
    </message>
    <message>
        <source>There is already a stage called {other}.</source>
        <translation>Υπάρχει ήδη στάδιο με το όνομα {other}.</translation>
    </message>
    <message>
        <source>A rubric needs at least one criterion.</source>
        <translation>Μια ρουμπρίκα χρειάζεται τουλάχιστον ένα κριτήριο.</translation>
    </message>
    <message>
        <source>A rubric can have at most {max_criteria} criteria.</source>
        <translation>Μια ρουμπρίκα μπορεί να έχει έως {max_criteria} κριτήρια.</translation>
    </message>
    <message>
        <source>Two criteria have the same key.</source>
        <translation>Δύο κριτήρια έχουν το ίδιο κλειδί.</translation>
    </message>
    <message>
        <source>Criterion {position} needs a title.</source>
        <translation>Το κριτήριο {position} χρειάζεται τίτλο.</translation>
    </message>
    <message>
        <source>Criterion {position} needs a key.</source>
        <translation>Το κριτήριο {position} χρειάζεται κλειδί.</translation>
    </message>
    <message>
        <source>The weight of criterion {position} must be above 0 (up to 100).</source>
        <translation>Το βάρος του κριτηρίου {position} πρέπει να είναι πάνω από 0 (έως 100).</translation>
    </message>
    <message>
        <source>Anchors are for score levels 1 to 5.</source>
        <translation>Τα σημεία αναφοράς αφορούν τα επίπεδα βαθμολογίας 1 έως 5.</translation>
    </message>
    <message>
        <source>There is no rubric yet; add one in the rubric editor.</source>
        <translation>Δεν υπάρχει ακόμη ρουμπρίκα· προσθέστε μία στον επεξεργαστή ρουμπρίκας.</translation>
    </message>
    <message>
        <source>Give the rubric a name.</source>
        <translation>Δώστε ένα όνομα στη ρουμπρίκα.</translation>
    </message>
    <message>
        <source>There is already a rubric called {name}.</source>
        <translation>Υπάρχει ήδη ρουμπρίκα με το όνομα {name}.</translation>
    </message>
    <message>
        <source>This rubric is no longer in the database.</source>
        <translation>Αυτή η ρουμπρίκα δεν υπάρχει πλέον στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A second column for {name!r}; keep one.</source>
        <translation>Δεύτερη στήλη για το {name!r}· κρατήστε μία.</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are trainee, before, after and retention.</source>
        <translation>Άγνωστες στήλες: {columns}. Οι στήλες είναι trainee, before, after και retention.</translation>
    </message>
    <message>
        <source>Unknown column: {columns}. The columns are trainee, before, after and retention.</source>
        <translation>Άγνωστη στήλη: {columns}. Οι στήλες είναι trainee, before, after και retention.</translation>
    </message>
    <message>
        <source>There is no &apos;trainee&apos; column with each trainee&apos;s anonymous label.</source>
        <translation>Δεν υπάρχει στήλη &apos;trainee&apos; με την ανώνυμη ετικέτα κάθε εκπαιδευόμενου.</translation>
    </message>
    <message>
        <source>A comprehension check holds at most {max_score_rows} trainees; is this the right file?</source>
        <translation>Ένας έλεγχος κατανόησης έχει έως {max_score_rows} εκπαιδευόμενους· είναι αυτό το σωστό αρχείο;</translation>
    </message>
    <message>
        <source>This row has more filled cells than the header has columns.</source>
        <translation>Αυτή η γραμμή έχει περισσότερα συμπληρωμένα κελιά από τις στήλες της επικεφαλίδας.</translation>
    </message>
    <message>
        <source>Give the trainee an anonymous label, such as T01.</source>
        <translation>Δώστε στον εκπαιδευόμενο μια ανώνυμη ετικέτα, π.χ. T01.</translation>
    </message>
    <message>
        <source>A trainee label can be at most {max_trainee} characters.</source>
        <translation>Η ετικέτα εκπαιδευόμενου μπορεί να έχει έως {max_trainee} χαρακτήρες.</translation>
    </message>
    <message>
        <source>{label!r} is already on line {seen_label_casefold}.</source>
        <translation>Το {label!r} υπάρχει ήδη στη γραμμή {seen_label_casefold}.</translation>
    </message>
    <message>
        <source>{cell!r}: write 1 for a right answer, 0 for a wrong one, or leave it blank.</source>
        <translation>{cell!r}: γράψτε 1 για σωστή απάντηση, 0 για λάθος, ή αφήστε το κενό.</translation>
    </message>
    <message>
        <source>{stripped_40!r} is not a number.</source>
        <translation>Το {stripped_40!r} δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>{stripped} is not a score: a score is 0 or more.</source>
        <translation>Το {stripped} δεν είναι βαθμολογία: η βαθμολογία είναι 0 ή μεγαλύτερη.</translation>
    </message>
    <message>
        <source>{value:g} is above the maximum score {max_score:g}.</source>
        <translation>Το {value:g} είναι πάνω από τη μέγιστη βαθμολογία {max_score:g}.</translation>
    </message>
    <message>
        <source>line {line}, column {column!r}</source>
        <translation>γραμμή {line}, στήλη {column!r}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>γραμμή {line}</translation>
    </message>
    <message>
        <source>Line {line}, column “{column}”: {why}</source>
        <translation>Γραμμή {line}, στήλη «{column}»: {why}</translation>
    </message>
    <message>
        <source>Line {line}: {why}</source>
        <translation>Γραμμή {line}: {why}</translation>
    </message>
    <message>
        <source>Column “{column}”: {why}</source>
        <translation>Στήλη «{column}»: {why}</translation>
    </message>
    <message>
        <source>The file: {why}</source>
        <translation>Το αρχείο: {why}</translation>
    </message>
    <message>
        <source>The file has {count} problems; nothing was imported. </source>
        <translation>Το αρχείο έχει {count} προβλήματα· δεν εισήχθη τίποτα. </translation>
    </message>
    <message>
        <source>The file has 1 problem; nothing was imported. </source>
        <translation>Το αρχείο έχει 1 πρόβλημα· δεν εισήχθη τίποτα. </translation>
    </message>
    <message>
        <source>This file was already imported on {when} by {who} into session {session} ({count} forms). Import it again only if it really holds other forms.</source>
        <translation>Αυτό το αρχείο έχει ήδη εισαχθεί στις {when} από {who} στη συνεδρία {session} ({count} φόρμες). Εισαγάγετέ το ξανά μόνο αν πράγματι περιέχει άλλες φόρμες.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Η εισαγωγή ακυρώθηκε· δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>This preset is not a column mapping; save it again from the import.</source>
        <translation>Αυτή η προρύθμιση δεν είναι αντιστοίχιση στηλών· αποθηκεύστε την ξανά από την εισαγωγή.</translation>
    </message>
    <message>
        <source>This preset is damaged; save it again from the import.</source>
        <translation>Αυτή η προρύθμιση είναι κατεστραμμένη· αποθηκεύστε την ξανά από την εισαγωγή.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number; answer from {low} to {high}.</source>
        <translation>Το {value!r} δεν είναι ακέραιος· απαντήστε από {low} έως {high}.</translation>
    </message>
    <message>
        <source>{value!r} is a rating out of {of} stars, but this item is answered from {low} to {high}; it is not rescaled.</source>
        <translation>Το {value!r} είναι βαθμολογία με {of} αστέρια, αλλά αυτό το ερώτημα απαντιέται από {low} έως {high}· δεν μετατρέπεται σε άλλη κλίμακα.</translation>
    </message>
    <message>
        <source>{value!r} is an answer out of {of}, but this item is answered from {low} to {high}; it is not rescaled.</source>
        <translation>Το {value!r} είναι απάντηση με άριστα το {of}, αλλά αυτό το ερώτημα απαντιέται από {low} έως {high}· δεν μετατρέπεται σε άλλη κλίμακα.</translation>
    </message>
    <message>
        <source>{value!r} says both {number} and {meant}; check the survey&apos;s answer labels.</source>
        <translation>Το {value!r} λέει και {number} και {meant}· ελέγξτε τις ετικέτες απαντήσεων της έρευνας.</translation>
    </message>
    <message>
        <source>{value!r} is not an answer from {low} to {high} nor a worded answer this app knows (such as &apos;Agree&apos;, &apos;Very satisfied&apos;, &apos;Good&apos; or &apos;★★★★☆&apos;); add it to the preset&apos;s words.</source>
        <translation>Το {value!r} δεν είναι απάντηση από {low} έως {high} ούτε λεκτική απάντηση που γνωρίζει η εφαρμογή (όπως «Συμφωνώ», «Πολύ ικανοποιημένος», «Καλό» ή «★★★★☆»)· προσθέστε το στις λέξεις της προρύθμισης.</translation>
    </message>
    <message>
        <source>The answers in this column run from 0 to 10 (a likelihood scale), but {item!r} is answered from {low} to {high}. They are not rescaled: map the column to an item answered from 0 to 10 (such as Would recommend), or leave it out.</source>
        <translation>Οι απαντήσεις αυτής της στήλης είναι από 0 έως 10 (κλίμακα πιθανότητας), αλλά το {item!r} απαντιέται από {low} έως {high}. Δεν μετατρέπονται: αντιστοιχίστε τη στήλη σε ερώτημα με απαντήσεις από 0 έως 10 (όπως το «Θα το πρότεινα») ή αφήστε την εκτός.</translation>
    </message>
    <message>
        <source>This column mixes answers from different scales ({examples}); check the mapping.</source>
        <translation>Αυτή η στήλη αναμειγνύει απαντήσεις από διαφορετικές κλίμακες ({examples})· ελέγξτε την αντιστοίχιση.</translation>
    </message>
    <message>
        <source>{value!r} is not an answer from {low} to {high}.</source>
        <translation>Το {value!r} δεν είναι απάντηση από {low} έως {high}.</translation>
    </message>
    <message>
        <source>{value} is out of range: answer from {low} to {high}, or leave it blank.</source>
        <translation>Το {value} είναι εκτός ορίων: απαντήστε από {low} έως {high} ή αφήστε το κενό.</translation>
    </message>
    <message>
        <source>No column is mapped to a rating, so only the comments would be imported and every rating dropped. Map the rating columns, or confirm that this form has comments only.</source>
        <translation>Καμία στήλη δεν αντιστοιχεί σε βαθμολογία, οπότε θα εισάγονταν μόνο τα σχόλια και θα χάνονταν όλες οι βαθμολογίες. Αντιστοιχίστε τις στήλες βαθμολογίας ή επιβεβαιώστε ότι η φόρμα έχει μόνο σχόλια.</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. Map or ignore them (the generic file has only the columns {known}).</source>
        <translation>Άγνωστες στήλες: {columns}. Αντιστοιχίστε τις ή παραβλέψτε τις (το γενικό αρχείο έχει μόνο τις στήλες {known}).</translation>
    </message>
    <message>
        <source>Unknown column: {columns}. Map or ignore it (the generic file has only the columns {known}).</source>
        <translation>Άγνωστη στήλη: {columns}. Αντιστοιχίστε την ή παραβλέψτε την (το γενικό αρχείο έχει μόνο τις στήλες {known}).</translation>
    </message>
    <message>
        <source>The mapping expects columns {columns} which this file lacks; check the preset.</source>
        <translation>Η αντιστοίχιση περιμένει τις στήλες {columns}, που λείπουν από αυτό το αρχείο· ελέγξτε την προρύθμιση.</translation>
    </message>
    <message>
        <source>The mapping expects column {columns} which this file lacks; check the preset.</source>
        <translation>Η αντιστοίχιση περιμένει τη στήλη {columns}, που λείπει από αυτό το αρχείο· ελέγξτε την προρύθμιση.</translation>
    </message>
    <message>
        <source>There is no feedback item {target!r} to put this column in.</source>
        <translation>Δεν υπάρχει ερώτηση σχολίων {target!r} για αυτή τη στήλη.</translation>
    </message>
    <message>
        <source>Both {first!r} and {second!r} are mapped to {item!r}; map one of them to something else.</source>
        <translation>Και το {first!r} και το {second!r} αντιστοιχίζονται στο {item!r}· αντιστοιχίστε ένα από αυτά αλλού.</translation>
    </message>
    <message>
        <source>No column is mapped to a feedback item or the comment.</source>
        <translation>Καμία στήλη δεν αντιστοιχίζεται σε ερώτηση σχολίων ή στο σχόλιο.</translation>
    </message>
    <message>
        <source>Some response times are day/month and others month/day; check the file.</source>
        <translation>Κάποιες ώρες απάντησης είναι ημέρα/μήνας και άλλες μήνας/ημέρα· ελέγξτε το αρχείο.</translation>
    </message>
    <message>
        <source>Every response time could be day/month or month/day (such as 10/11); say which the file uses.</source>
        <translation>Κάθε ώρα απάντησης μπορεί να είναι ημέρα/μήνας ή μήνας/ημέρα (όπως 10/11)· πείτε ποιο χρησιμοποιεί το αρχείο.</translation>
    </message>
    <message>
        <source>The response times are marked {name}, which could be {choices}; say which it is.</source>
        <translation>Οι χρόνοι απάντησης έχουν την ένδειξη {name}, που μπορεί να σημαίνει {choices}· πείτε ποια είναι.</translation>
    </message>
    <message>
        <source>Answered on {when}, before the session began ({start}); import it or leave it out.</source>
        <translation>Απαντήθηκε στις {when}, πριν αρχίσει η συνεδρία ({start})· εισαγάγετέ το ή αφήστε το εκτός.</translation>
    </message>
    <message>
        <source>Answered on {when}, more than {days} days after the session; import it or leave it out.</source>
        <translation>Απαντήθηκε στις {when}, περισσότερες από {days} ημέρες μετά τη συνεδρία· εισαγάγετέ το ή αφήστε το εκτός.</translation>
    </message>
    <message>
        <source>This row has {count} more filled cells than the header has columns.</source>
        <translation>Αυτή η γραμμή έχει {count} συμπληρωμένα κελιά περισσότερα από τις στήλες της επικεφαλίδας.</translation>
    </message>
    <message>
        <source>This row has 1 more filled cell than the header has columns.</source>
        <translation>Αυτή η γραμμή έχει 1 συμπληρωμένο κελί περισσότερο από τις στήλες της επικεφαλίδας.</translation>
    </message>
    <message>
        <source>A comment can be at most {max} characters (this one has {count}).</source>
        <translation>Ένα σχόλιο μπορεί να έχει έως {max} χαρακτήρες (αυτό έχει {count}).</translation>
    </message>
    <message>
        <source>There are no feedback forms in this file (only blank rows); nothing was imported.</source>
        <translation>Δεν υπάρχουν φόρμες σχολίων σε αυτό το αρχείο (μόνο κενές γραμμές)· δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>There are no feedback forms in this file (only a header row); nothing was imported.</source>
        <translation>Δεν υπάρχουν φόρμες σχολίων σε αυτό το αρχείο (μόνο γραμμή επικεφαλίδων)· δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; nothing was written. </source>
        <translation>Το αρχείο άλλαξε κατά την εισαγωγή· δεν γράφτηκε τίποτα. </translation>
    </message>
    <message>
        <source>The file changed while it was being imported; nothing was written.</source>
        <translation>Το αρχείο άλλαξε κατά την εισαγωγή· δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 or UTF-16 text; save it from your spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>Αυτό το αρχείο δεν είναι κείμενο UTF-8 ή UTF-16· αποθηκεύστε το από το πρόγραμμα υπολογιστικών φύλλων ως &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>εικόνα PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>εικόνα JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>εικόνα GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>έγγραφο PDF</translation>
    </message>
    <message>
        <source>an old Excel (.xls) or Word file; save it as .xlsx or as &apos;CSV UTF-8&apos;</source>
        <translation>παλιό αρχείο Excel (.xls) ή Word· αποθηκεύστε το ως .xlsx ή ως &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>συμπιεσμένο αρχείο (gzip)</translation>
    </message>
    <message>
        <source>a compressed (7-Zip) file</source>
        <translation>συμπιεσμένο αρχείο (7-Zip)</translation>
    </message>
    <message>
        <source>a compressed (RAR) file</source>
        <translation>συμπιεσμένο αρχείο (RAR)</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>Το {file} είναι φάκελος, όχι αρχείο.</translation>
    </message>
    <message>
        <source>There is no file {path!r}.</source>
        <translation>Δεν υπάρχει αρχείο {path!r}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>Το {file} δεν μπορεί να διαβαστεί: {error}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>Το {file} είναι κενό.</translation>
    </message>
    <message>
        <source>{file} is not a valid Excel workbook (.xlsx); open it in your spreadsheet and save it again as .xlsx or as &apos;CSV UTF-8&apos;.</source>
        <translation>Το {file} δεν είναι έγκυρο βιβλίο εργασίας Excel (.xlsx)· ανοίξτε το στο πρόγραμμα υπολογιστικών φύλλων και αποθηκεύστε το ξανά ως .xlsx ή ως &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>{file} has no header row: its first sheet is empty.</source>
        <translation>Το {file} δεν έχει γραμμή επικεφαλίδων: το πρώτο φύλλο του είναι κενό.</translation>
    </message>
    <message>
        <source>{file} has no worksheet to read.</source>
        <translation>Το {file} δεν έχει φύλλο εργασίας για ανάγνωση.</translation>
    </message>
    <message>
        <source>{file} has no header row: its first line is empty.</source>
        <translation>Το {file} δεν έχει γραμμή επικεφαλίδων: η πρώτη γραμμή του είναι κενή.</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>Το {file} δεν έχει γραμμή επικεφαλίδων.</translation>
    </message>
    <message>
        <source>{file} has no header row naming its columns.</source>
        <translation>Το {file} δεν έχει γραμμή επικεφαλίδων που να ονομάζει τις στήλες του.</translation>
    </message>
    <message>
        <source>The header row (line {line}) has no name for column {columns}; give every column a name.</source>
        <translation>Η γραμμή επικεφαλίδων (γραμμή {line}) δεν έχει όνομα για τη στήλη {columns}· δώστε όνομα σε κάθε στήλη.</translation>
    </message>
    <message>
        <source>The header row names a column twice: {columns}; give each column its own name.</source>
        <translation>Η γραμμή επικεφαλίδων ονομάζει μια στήλη δύο φορές: {columns}· δώστε σε κάθε στήλη το δικό της όνομα.</translation>
    </message>
    <message>
        <source>Line {line} opens a quote (&quot;) that is never closed, so the rest of the file would be read as one cell; close the quote or remove it.</source>
        <translation>Η γραμμή {line} ανοίγει εισαγωγικά (&quot;) που δεν κλείνουν ποτέ, οπότε το υπόλοιπο αρχείο θα διαβαζόταν ως ένα κελί· κλείστε τα εισαγωγικά ή αφαιρέστε τα.</translation>
    </message>
    <message>
        <source>Near line {line}: {not_unicode}</source>
        <translation>Κοντά στη γραμμή {line}: {not_unicode}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: a cell is longer than {limit} characters, the import limit for one cell ({how}).</source>
        <translation>Η γραμμή {line} δεν μπορεί να διαβαστεί ως CSV: ένα κελί είναι μεγαλύτερο από {limit} χαρακτήρες, το όριο εισαγωγής για ένα κελί ({how}).</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {error}.</source>
        <translation>Η γραμμή {line} δεν μπορεί να διαβαστεί ως CSV: {error}.</translation>
    </message>
    <message>
        <source>Line {line} holds binary data: {file} is not a text table.</source>
        <translation>Η γραμμή {line} περιέχει δυαδικά δεδομένα: το {file} δεν είναι πίνακας κειμένου.</translation>
    </message>
    <message>
        <source>Line {line} holds binary data (a NUL character): save the sheet again from your spreadsheet, or as &apos;CSV UTF-8&apos;.</source>
        <translation>Η γραμμή {line} περιέχει δυαδικά δεδομένα (χαρακτήρα NUL): αποθηκεύστε ξανά το φύλλο από το πρόγραμμα υπολογιστικών φύλλων ή ως &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read past this point: {error}.</source>
        <translation>Το {file} είναι κατεστραμμένο και δεν διαβάζεται πέρα από αυτό το σημείο: {error}.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: it is longer than {limit} characters, the import limit for one line ({how}).</source>
        <translation>Η γραμμή {line} δεν μπορεί να διαβαστεί ως CSV: είναι μεγαλύτερη από {limit} χαρακτήρες, το όριο εισαγωγής για μία γραμμή ({how}).</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, the import limit ({how}).</source>
        <translation>Το {file} έχει περισσότερες από {limit} γραμμές, το όριο εισαγωγής ({how}).</translation>
    </message>
    <message>
        <source>Line {line} has {count} cells, more than {limit} columns, the import limit ({how}).</source>
        <translation>Η γραμμή {line} έχει {count} κελιά, περισσότερα από {limit} στήλες, το όριο εισαγωγής ({how}).</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} cells (rows times columns), the import limit ({how}).</source>
        <translation>Το {file} περιέχει περισσότερα από {limit} κελιά (γραμμές επί στήλες), το όριο εισαγωγής ({how}).</translation>
    </message>
    <message>
        <source>Line {line} has a cell longer than {limit} characters, the import limit for one cell ({how}).</source>
        <translation>Η γραμμή {line} έχει κελί μεγαλύτερο από {limit} χαρακτήρες, το όριο εισαγωγής για ένα κελί ({how}).</translation>
    </message>
    <message>
        <source>{path_name} cannot be read: {error}.</source>
        <translation>Το {path_name} δεν μπορεί να διαβαστεί: {error}.</translation>
    </message>
    <message>
        <source>{path_name} is a folder, not a file.</source>
        <translation>Το {path_name} είναι φάκελος, όχι αρχείο.</translation>
    </message>
    <message>
        <source>{path_name} is not a file but a device or a pipe; choose a CSV or XLSX file.</source>
        <translation>Το {path_name} δεν είναι αρχείο αλλά συσκευή ή σωλήνωση· επιλέξτε αρχείο CSV ή XLSX.</translation>
    </message>
    <message>
        <source>a bigger file can be read after raising it: the setting import_limits, or TRAINERCOACH_IMPORT_LIMITS={name}=… on the command line</source>
        <translation>ένα μεγαλύτερο αρχείο μπορεί να διαβαστεί αν αυξηθεί το όριο: η ρύθμιση import_limits ή TRAINERCOACH_IMPORT_LIMITS={name}=… στη γραμμή εντολών</translation>
    </message>
    <message>
        <source>{file} holds {count} parts; a workbook has a few dozen. It is not read.</source>
        <translation>Το {file} περιέχει {count} μέρη· ένα βιβλίο εργασίας έχει μερικές δεκάδες. Δεν διαβάζεται.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB in its part {part}, more than {limit} MB, the import limit ({how}).</source>
        <translation>Το {file} αποσυμπιέζεται σε {size} MB στο μέρος του {part}, περισσότερα από {limit} MB, το όριο εισαγωγής ({how}).</translation>
    </message>
    <message>
        <source>{file} has a cell longer than {limit} characters, the import limit for one cell ({how}).</source>
        <translation>Το {file} έχει κελί μεγαλύτερο από {limit} χαρακτήρες, το όριο εισαγωγής για ένα κελί ({how}).</translation>
    </message>
    <message>
        <source>{file} declares more than {limit} different texts (shared strings), the import limit ({how}).</source>
        <translation>Το {file} δηλώνει περισσότερα από {limit} διαφορετικά κείμενα (κοινόχρηστες συμβολοσειρές), το όριο εισαγωγής ({how}).</translation>
    </message>
    <message>
        <source>{name} is not a text table: it looks like {what}.</source>
        <translation>Το {name} δεν είναι πίνακας κειμένου: μοιάζει με {what}.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text ({order}) without a byte order mark, which cannot be read safely; save it from your spreadsheet as &apos;CSV UTF-8&apos; (or as UTF-16 with a byte order mark).</source>
        <translation>Το {name} είναι κείμενο UTF-16 ({order}) χωρίς σήμανση σειράς byte (BOM), που δεν μπορεί να διαβαστεί με ασφάλεια· αποθηκεύστε το από το υπολογιστικό φύλλο σας ως «CSV UTF-8» (ή ως UTF-16 με σήμανση σειράς byte).</translation>
    </message>
    <message>
        <source>{name} is not a text table: it holds binary data. {not_unicode}</source>
        <translation>Το {name} δεν είναι πίνακας κειμένου: περιέχει δυαδικά δεδομένα. {not_unicode}</translation>
    </message>
    <message>
        <source>{name} is not a text table: it holds binary data.</source>
        <translation>Το {name} δεν είναι πίνακας κειμένου: περιέχει δυαδικά δεδομένα.</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>little-endian</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>big-endian</translation>
    </message>
    <message>
        <source>Keep between 1 and {max_keep} automatic backups.</source>
        <translation>Διατηρήστε από 1 έως {max_keep} αυτόματα αντίγραφα ασφαλείας.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a backup file in it.</source>
        <translation>Το {path} είναι φάκελος· επιλέξτε ένα αρχείο αντιγράφου ασφαλείας μέσα σε αυτόν.</translation>
    </message>
    <message>
        <source>There is no backup file {path!r}.</source>
        <translation>Δεν υπάρχει αρχείο αντιγράφου ασφαλείας {path!r}.</translation>
    </message>
    <message>
        <source>{file} is not a Trainer Coach database (it is not an SQLite file); nothing was restored.</source>
        <translation>Το {file} δεν είναι βάση δεδομένων του Trainer Coach (δεν είναι αρχείο SQLite)· δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>{name} is not a Trainer Coach database: it holds other tables. Nothing was restored.</source>
        <translation>Το {name} δεν είναι βάση δεδομένων του Trainer Coach: περιέχει άλλους πίνακες. Δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Trainer Coach (schema {revision}); update the app to restore it. Nothing was restored.</source>
        <translation>Το {name} δημιουργήθηκε από νεότερη έκδοση του Trainer Coach (σχήμα {revision})· ενημερώστε την εφαρμογή για να το επαναφέρετε. Δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>{name} is damaged ({verdict}); choose another backup. Nothing was restored.</source>
        <translation>Το {name} είναι κατεστραμμένο ({verdict})· επιλέξτε άλλο αντίγραφο ασφαλείας. Δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>{name} has no schema version.</source>
        <translation>Το {name} δεν έχει έκδοση σχήματος.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database ({error}); nothing was restored.</source>
        <translation>Το {name} δεν μπορεί να διαβαστεί ως βάση δεδομένων ({error})· δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>Restoring from a backup is for SQLite databases; restore a team server with pg_restore.</source>
        <translation>Η επαναφορά από αντίγραφο ασφαλείας αφορά βάσεις δεδομένων SQLite· για διακομιστή ομάδας χρησιμοποιήστε το pg_restore.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file; choose a backup to restore from.</source>
        <translation>Το αντίγραφο ασφαλείας και η βάση δεδομένων είναι το ίδιο αρχείο· επιλέξτε ένα αντίγραφο για επαναφορά.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>Το {path} είναι φάκελος, όχι αρχείο βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>{file} is in use ({error}); close the app&apos;s windows on it and try again. Nothing was restored.</source>
        <translation>Το {file} χρησιμοποιείται ({error})· κλείστε τα παράθυρα της εφαρμογής που το έχουν ανοιχτό και δοκιμάστε ξανά. Δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>The restored database failed its integrity check ({verdict}); the database as it was is in {safety}.</source>
        <translation>Η βάση δεδομένων που επαναφέρθηκε απέτυχε στον έλεγχο ακεραιότητας ({verdict})· η βάση δεδομένων όπως ήταν βρίσκεται στο {safety}.</translation>
    </message>
    <message>
        <source>{path} is not a database file (it is a device or another special file). It was left untouched.</source>
        <translation>Το {path} δεν είναι αρχείο βάσης δεδομένων (είναι συσκευή ή άλλο ειδικό αρχείο). Έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>{path} is not a Trainer Coach database (it is not an SQLite file). It was left untouched.</source>
        <translation>Το {path} δεν είναι βάση δεδομένων του Trainer Coach (δεν είναι αρχείο SQLite). Έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a database: {reason}. Nothing was changed; check the file and its folder (or restore a backup).</source>
        <translation>Το {path} δεν μπορεί να ανοίξει ως βάση δεδομένων: {reason}. Δεν άλλαξε τίποτα· ελέγξτε το αρχείο και τον φάκελό του (ή επαναφέρετε ένα αντίγραφο ασφαλείας).</translation>
    </message>
    <message>
        <source>It was left untouched; restore a backup.</source>
        <translation>Έμεινε ανέγγιχτο· επαναφέρετε ένα αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>{name} is not a Trainer Coach database: it holds other tables. It was left untouched.</source>
        <translation>Το {name} δεν είναι βάση δεδομένων του Trainer Coach: περιέχει άλλους πίνακες. Έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Trainer Coach (schema {state_revision}). Update the app to open it; the database was left untouched.</source>
        <translation>Το {name} δημιουργήθηκε από νεότερη έκδοση του Trainer Coach (σχήμα {state_revision}). Ενημερώστε την εφαρμογή για να το ανοίξετε· η βάση δεδομένων έμεινε ανέγγιχτη.</translation>
    </message>
    <message>
        <source>{name} needs its schema brought up to this version of Trainer Coach, and your login may not change the schema. Ask the person who runs the team server to open it once with this version (or to run: python -m trainercoach db upgrade). ({error})</source>
        <translation>Το σχήμα του {name} πρέπει να ενημερωθεί για αυτή την έκδοση του Trainer Coach και το όνομα χρήστη σας δεν επιτρέπεται να αλλάξει το σχήμα. Ζητήστε από όποιον διαχειρίζεται τον διακομιστή ομάδας να το ανοίξει μία φορά με αυτή την έκδοση (ή να εκτελέσει: python -m trainercoach db upgrade). ({error})</translation>
    </message>
    <message>
        <source>Backups from the app are for SQLite databases; back up a team server with pg_dump.</source>
        <translation>Τα αντίγραφα ασφαλείας από την εφαρμογή αφορούν βάσεις δεδομένων SQLite· για διακομιστή ομάδας χρησιμοποιήστε το pg_dump.</translation>
    </message>
    <message>
        <source>{destination} already exists; choose another name for the backup.</source>
        <translation>Το {destination} υπάρχει ήδη· επιλέξτε άλλο όνομα για το αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check: {verdict}</source>
        <translation>Το αντίγραφο ασφαλείας απέτυχε στον έλεγχο ακεραιότητας: {verdict}</translation>
    </message>
    <message>
        <source>No backup was made: the database is damaged ({error}), and a copy would be too. Keep a copy of the file as it is, and restore an earlier backup.</source>
        <translation>Δεν δημιουργήθηκε αντίγραφο ασφαλείας: η βάση δεδομένων είναι κατεστραμμένη ({error}) και το ίδιο θα ήταν και το αντίγραφο. Κρατήστε ένα αντίγραφο του αρχείου όπως είναι και επαναφέρετε ένα παλαιότερο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time; open it again to see their change.</source>
        <translation>Κάποιος άλλος το άλλαξε την ίδια στιγμή· ανοίξτε το ξανά για να δείτε την αλλαγή του.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Another program or window kept {path} busy for longer than {seconds:g} seconds. Nothing was changed; try again in a moment.</source>
        <translation>Άλλο πρόγραμμα ή παράθυρο κράτησε απασχολημένο το {path} για περισσότερα από {seconds:g} δευτερόλεπτα. Δεν άλλαξε τίποτα· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <source>The database file is damaged ({reason}). Nothing was changed. Restore a backup: File ▸ Restore from backup…, or python -m trainercoach db restore.</source>
        <translation>Το αρχείο της βάσης δεδομένων είναι κατεστραμμένο ({reason}). Δεν άλλαξε τίποτα. Επαναφέρετε ένα αντίγραφο ασφαλείας: Αρχείο ▸ Επαναφορά από αντίγραφο ασφαλείας…, ή python -m trainercoach db restore.</translation>
    </message>
    <message>
        <source>Your role on the team server does not allow this ({reason}).</source>
        <translation>Ο ρόλος σας στον διακομιστή ομάδας δεν το επιτρέπει ({reason}).</translation>
    </message>
    <message>
        <source>Text with an invisible control character (NUL) cannot be saved or looked up; it is often left by copying from another program. Remove it and try again.</source>
        <translation>Κείμενο με αόρατο χαρακτήρα ελέγχου (NUL) δεν μπορεί να αποθηκευτεί ούτε να αναζητηθεί· συχνά μένει από αντιγραφή από άλλο πρόγραμμα. Αφαιρέστε τον και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>A text is longer than the database can keep ({reason}); shorten it and try again. Nothing was saved.</source>
        <translation>Ένα κείμενο είναι μεγαλύτερο από όσο μπορεί να κρατήσει η βάση δεδομένων ({reason})· συντομεύστε το και δοκιμάστε ξανά. Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Someone else was saving the same thing at the same moment; try again.</source>
        <translation>Κάποιος άλλος αποθήκευε το ίδιο την ίδια στιγμή· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The team server at {address} did not accept the login {user}: {reason}. Check the user name and password (or ask a lead to give you access).</source>
        <translation>Ο διακομιστής ομάδας στο {address} δεν δέχτηκε το όνομα χρήστη {user}: {reason}. Ελέγξτε το όνομα χρήστη και τον κωδικό πρόσβασης (ή ζητήστε πρόσβαση από έναν υπεύθυνο).</translation>
    </message>
    <message>
        <source>The team server at {address} has no database called {database!r}: check the name, or ask whoever runs the server to create it.</source>
        <translation>Ο διακομιστής ομάδας στο {address} δεν έχει βάση δεδομένων με το όνομα {database!r}: ελέγξτε το όνομα ή ζητήστε από όποιον διαχειρίζεται τον διακομιστή να τη δημιουργήσει.</translation>
    </message>
    <message>
        <source>Cannot reach the team server at {address}: {reason}. Nothing was changed; check the network (or ask whoever runs the server) and try again.</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή ομάδας στο {address}: {reason}. Δεν άλλαξε τίποτα· ελέγξτε το δίκτυο (ή ρωτήστε όποιον διαχειρίζεται τον διακομιστή) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The {what} holds an invisible control character (NUL) or a broken character, often left by copying from another program; remove it and save again.</source>
        <translation>Το πεδίο «{what}» περιέχει αόρατο χαρακτήρα ελέγχου (NUL) ή χαλασμένο χαρακτήρα, συχνά από αντιγραφή από άλλο πρόγραμμα· αφαιρέστε τον και αποθηκεύστε ξανά.</translation>
    </message>
    <message>
        <source>A number is too large for the database ({error}); nothing was changed.</source>
        <translation>Ένας αριθμός είναι πολύ μεγάλος για τη βάση δεδομένων ({error})· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The text holds a broken character (half of one, often left by copying from another program); remove it and try again.</source>
        <translation>Το κείμενο περιέχει χαλασμένο χαρακτήρα (μισό, συχνά από αντιγραφή από άλλο πρόγραμμα)· αφαιρέστε τον και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; its database is empty: Trainer Coach will set it up when you open it.</source>
        <translation>Συνδέθηκε με PostgreSQL {version}· η βάση δεδομένων του είναι κενή: το Trainer Coach θα τη στήσει όταν την ανοίξετε.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; it holds a Trainer Coach database ready for this app.</source>
        <translation>Συνδέθηκε με PostgreSQL {version}· περιέχει βάση δεδομένων του Trainer Coach έτοιμη για αυτή την εφαρμογή.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; it holds a Trainer Coach database that will be upgraded when it is opened.</source>
        <translation>Συνδέθηκε με PostgreSQL {version}· περιέχει βάση δεδομένων του Trainer Coach που θα αναβαθμιστεί όταν ανοιχτεί.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but it holds a Trainer Coach database from a newer app: update this app first.</source>
        <translation>Συνδέθηκε με PostgreSQL {version}, αλλά περιέχει βάση δεδομένων από νεότερη έκδοση του Trainer Coach: ενημερώστε πρώτα αυτή την εφαρμογή.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but its database holds other tables: it is not a Trainer Coach database.</source>
        <translation>Συνδέθηκε με PostgreSQL {version}, αλλά η βάση δεδομένων του περιέχει άλλους πίνακες: δεν είναι βάση δεδομένων του Trainer Coach.</translation>
    </message>
    <message>
        <source>Give the spreadsheet a name ending in .csv or .xlsx (not {name}).</source>
        <translation>Δώστε στο υπολογιστικό φύλλο όνομα που τελειώνει σε .csv ή .xlsx (όχι {name}).</translation>
    </message>
    <message>
        <source>{name} could not be written in {folder}: {reason}. Nothing was written.</source>
        <translation>Το {name} δεν ήταν δυνατό να γραφτεί στον φάκελο {folder}: {reason}. Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>Το {path} είναι φάκελος· δώστε το όνομα ενός αρχείου για εγγραφή.</translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits and _ (at most {most}), starting with a letter, e.g. maria_k.</source>
        <translation>Το όνομα σύνδεσης έχει πεζά λατινικά γράμματα, ψηφία και _ (έως {most}) και αρχίζει με γράμμα, π.χ. maria_k.</translation>
    </message>
    <message>
        <source>{name} is reserved on the server; choose another login.</source>
        <translation>Το {name} είναι δεσμευμένο στον διακομιστή· επιλέξτε άλλο όνομα σύνδεσης.</translation>
    </message>
    <message>
        <source>The password could not be sent safely; type it again.</source>
        <translation>Ο κωδικός δεν μπόρεσε να σταλεί με ασφάλεια· πληκτρολογήστε τον ξανά.</translation>
    </message>
    <message>
        <source>{db_user} has powers on the server beyond this team (making roles or databases, replication); give the person their own login.</source>
        <translation>Ο {db_user} έχει δικαιώματα στον διακομιστή πέρα από αυτή την ομάδα (δημιουργία ρόλων ή βάσεων, αναπαραγωγή)· δώστε στο άτομο δικό του λογαριασμό.</translation>
    </message>
    <message>
        <source>{db_user} owns or is granted things elsewhere on the server (another database or application); give the person their own login.</source>
        <translation>Ο {db_user} κατέχει ή έχει δικαιώματα σε άλλα σημεία του διακομιστή (άλλη βάση ή εφαρμογή)· δώστε στο άτομο δικό του λογαριασμό.</translation>
    </message>
    <message>
        <source>{db_user} belongs to other roles on the server, perhaps another team&apos;s; give the person their own login.</source>
        <translation>Ο {db_user} ανήκει σε άλλους ρόλους στον διακομιστή, ίσως άλλης ομάδας· δώστε στο άτομο δικό του λογαριασμό.</translation>
    </message>
    <message>
        <source>{db_user} is a login this team did not make; give the person a new login.</source>
        <translation>Ο {db_user} είναι λογαριασμός που δεν δημιούργησε αυτή η ομάδα· δώστε στο άτομο νέο λογαριασμό.</translation>
    </message>
    <message>
        <source>There is no login {db_user} on the server.</source>
        <translation>Δεν υπάρχει λογαριασμός {db_user} στον διακομιστή.</translation>
    </message>
    <message>
        <source>The server refused to change the login {db_user}.</source>
        <translation>Ο διακομιστής αρνήθηκε να αλλάξει τον λογαριασμό {db_user}.</translation>
    </message>
    <message>
        <source>table {name}</source>
        <translation>πίνακας {name}</translation>
    </message>
    <message>
        <source>index {name}</source>
        <translation>ευρετήριο {name}</translation>
    </message>
    <message>
        <source>trigger {name}</source>
        <translation>έναυσμα (trigger) {name}</translation>
    </message>
    <message>
        <source>view {name}</source>
        <translation>όψη (view) {name}</translation>
    </message>
    <message>
        <source>alembic_version holds {count} rows instead of exactly one</source>
        <translation>ο πίνακας alembic_version έχει {count} γραμμές αντί για ακριβώς μία</translation>
    </message>
    <message>
        <source>an extra {what}</source>
        <translation>επιπλέον {what}</translation>
    </message>
    <message>
        <source>no {what}</source>
        <translation>λείπει: {what}</translation>
    </message>
    <message>
        <source>a different {what}</source>
        <translation>διαφορετικό: {what}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> και {count} ακόμη</translation>
    </message>
    <message>
        <source>{name} has been changed by another program: its alembic_version table holds more than one row, so its schema version is unknown.</source>
        <translation>Το {name} έχει αλλαχτεί από άλλο πρόγραμμα: ο πίνακας alembic_version έχει περισσότερες από μία γραμμές, οπότε η έκδοση του σχήματός του είναι άγνωστη.</translation>
    </message>
    <message>
        <source>{name} is not laid out as Trainer Coach (schema {revision}) lays out its databases: {problems}. It may have been changed by another program, on purpose or not.</source>
        <translation>Το {name} δεν έχει τη δομή που δίνει το Trainer Coach (σχήμα {revision}) στις βάσεις δεδομένων του: {problems}. Μπορεί να έχει αλλαχτεί από άλλο πρόγραμμα, σκόπιμα ή όχι.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {path}; free some space (or choose another disk) and try again.</source>
        <translation>Δεν έχει μείνει χώρος στον δίσκο όπου βρίσκεται το {path}· ελευθερώστε χώρο (ή επιλέξτε άλλο δίσκο) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>{path} is in use by another program or window; close it there and try again.</source>
        <translation>Το {path} χρησιμοποιείται από άλλο πρόγραμμα ή παράθυρο· κλείστε το εκεί και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>{path} was changed by another program while it was open here, or is damaged; open it again (or restore a backup).</source>
        <translation>Το {path} αλλάχτηκε από άλλο πρόγραμμα ενώ ήταν ανοιχτό εδώ, ή είναι κατεστραμμένο· ανοίξτε το ξανά (ή επαναφέρετε ένα αντίγραφο ασφαλείας).</translation>
    </message>
    <message>
        <source>{path} is a read-only file; allow writing to it (or copy it elsewhere) and try again.</source>
        <translation>Το {path} είναι αρχείο μόνο για ανάγνωση· επιτρέψτε την εγγραφή σε αυτό (ή αντιγράψτε το αλλού) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, and the database needs to write its journal beside the file; allow writing to the folder (or move the database) and try again.</source>
        <translation>Ο φάκελος {folder} είναι μόνο για ανάγνωση και η βάση δεδομένων πρέπει να γράψει το ημερολόγιό της δίπλα στο αρχείο· επιτρέψτε την εγγραφή στον φάκελο (ή μετακινήστε τη βάση δεδομένων) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>{path} cannot be written (the disk or the file is read-only); allow writing to it and try again.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στο {path} (ο δίσκος ή το αρχείο είναι μόνο για ανάγνωση)· επιτρέψτε την εγγραφή και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {error}.</source>
        <translation>Το {path} δεν μπορεί να χρησιμοποιηθεί: {error}.</translation>
    </message>
    <message>
        <source>{path} was moved, replaced or deleted by another program while it was open here; open it again.</source>
        <translation>Το {path} μετακινήθηκε, αντικαταστάθηκε ή διαγράφηκε από άλλο πρόγραμμα ενώ ήταν ανοιχτό εδώ· ανοίξτε το ξανά.</translation>
    </message>
    <message>
        <source>{name} must be a whole number from 1 to 10^12.</source>
        <translation>Το {name} πρέπει να είναι ακέραιος από 1 έως 10^12.</translation>
    </message>
    <message>
        <source>{variable} holds {part!r}; write name=number, with names from: {names}.</source>
        <translation>Το {variable} περιέχει {part!r}· γράψτε όνομα=αριθμός, με ονόματα από: {names}.</translation>
    </message>
    <message>
        <source>On a team server you are the person your login belongs to; ask a lead to change it.</source>
        <translation>Σε διακομιστή ομάδας είστε το πρόσωπο στο οποίο ανήκει η σύνδεσή σας· ζητήστε από έναν υπεύθυνο να το αλλάξει.</translation>
    </message>
    <message>
        <source>ICC(1,1): one observer; each target scored by a different random set of observers</source>
        <translation>ICC(1,1): ένας παρατηρητής· κάθε στόχος βαθμολογείται από διαφορετικό τυχαίο σύνολο παρατηρητών</translation>
    </message>
    <message>
        <source>ICC(2,1): one observer; absolute agreement, observers a random sample</source>
        <translation>ICC(2,1): ένας παρατηρητής· απόλυτη συμφωνία, οι παρατηρητές τυχαίο δείγμα</translation>
    </message>
    <message>
        <source>ICC(3,1): one observer; consistency, these observers only</source>
        <translation>ICC(3,1): ένας παρατηρητής· συνέπεια, μόνο αυτοί οι παρατηρητές</translation>
    </message>
    <message>
        <source>ICC(1,k): mean of k observers; each target scored by a different random set</source>
        <translation>ICC(1,k): μέσος όρος k παρατηρητών· κάθε στόχος από διαφορετικό τυχαίο σύνολο</translation>
    </message>
    <message>
        <source>ICC(2,k): mean of k observers; absolute agreement, observers a random sample</source>
        <translation>ICC(2,k): μέσος όρος k παρατηρητών· απόλυτη συμφωνία, οι παρατηρητές τυχαίο δείγμα</translation>
    </message>
    <message>
        <source>ICC(3,k): mean of k observers; consistency, these observers only</source>
        <translation>ICC(3,k): μέσος όρος k παρατηρητών· συνέπεια, μόνο αυτοί οι παρατηρητές</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>εξαιρετική</translation>
    </message>
    <message>
        <source>good</source>
        <translation>καλή</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>μέτρια</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>χαμηλή</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>αξιόπιστη</translation>
    </message>
    <message>
        <source>tentative conclusions only</source>
        <translation>μόνο για προσωρινά συμπεράσματα</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>αναξιόπιστη</translation>
    </message>
    <message>
        <source>The first column names the targets and each other column is an observer&apos;s scores; this file has no observer columns.</source>
        <translation>Η πρώτη στήλη ονομάζει τους στόχους και κάθε άλλη στήλη είναι οι βαθμολογίες ενός παρατηρητή· αυτό το αρχείο δεν έχει στήλες παρατηρητών.</translation>
    </message>
    <message>
        <source>Line {line}: more filled cells than the header has columns.</source>
        <translation>Γραμμή {line}: περισσότερα συμπληρωμένα κελιά από όσες στήλες έχει η κεφαλίδα.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>Γραμμή {line}, στήλη {column}: {problem}</translation>
    </message>
    <message>
        <source>There are no targets below the header.</source>
        <translation>Δεν υπάρχουν στόχοι κάτω από την κεφαλίδα.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>παραδόθηκε</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>σε αναμονή</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 έως %3)</translation>
    </message>
    <message>
        <source>China Standard Time</source>
        <translation>Ώρα Κίνας</translation>
    </message>
    <message>
        <source>Central Standard Time (North America)</source>
        <translation>Κεντρική ώρα Βόρειας Αμερικής (χειμερινή)</translation>
    </message>
    <message>
        <source>Cuba Standard Time</source>
        <translation>Ώρα Κούβας (χειμερινή)</translation>
    </message>
    <message>
        <source>Central Daylight Time (North America)</source>
        <translation>Κεντρική ώρα Βόρειας Αμερικής (θερινή)</translation>
    </message>
    <message>
        <source>Cuba Daylight Time</source>
        <translation>Ώρα Κούβας (θερινή)</translation>
    </message>
    <message>
        <source>India Standard Time</source>
        <translation>Ώρα Ινδίας</translation>
    </message>
    <message>
        <source>Irish Standard Time</source>
        <translation>Ώρα Ιρλανδίας (θερινή)</translation>
    </message>
    <message>
        <source>Israel Standard Time</source>
        <translation>Ώρα Ισραήλ (χειμερινή)</translation>
    </message>
    <message>
        <source>British Summer Time</source>
        <translation>Θερινή ώρα Βρετανίας</translation>
    </message>
    <message>
        <source>Bangladesh Standard Time</source>
        <translation>Ώρα Μπανγκλαντές</translation>
    </message>
    <message>
        <source>Atlantic Standard Time</source>
        <translation>Ώρα Ατλαντικού (χειμερινή)</translation>
    </message>
    <message>
        <source>Arabia Standard Time</source>
        <translation>Ώρα Αραβίας</translation>
    </message>
    <message>
        <source>Samoa Standard Time</source>
        <translation>Ώρα Σαμόα</translation>
    </message>
    <message>
        <source>Singapore Standard Time</source>
        <translation>Ώρα Σιγκαπούρης</translation>
    </message>
    <message>
        <source>{value!r} is not a time-zone offset such as +08:00.</source>
        <translation>Το {value!r} δεν είναι διαφορά ζώνης ώρας όπως +08:00.</translation>
    </message>
    <message>
        <source>{value!r}: the time zone {name} could be {choices}; say which offset it is.</source>
        <translation>{value!r}: η ζώνη ώρας {name} μπορεί να είναι {choices}· πείτε ποια διαφορά ώρας είναι.</translation>
    </message>
    <message>
        <source>{value!r}: this app does not know the time zone {name}; say which offset it is.</source>
        <translation>{value!r}: η εφαρμογή δεν γνωρίζει τη ζώνη ώρας {name}· πείτε ποια διαφορά ώρας είναι.</translation>
    </message>
    <message>
        <source>{value!r} could be day/month or month/day; say which the file uses.</source>
        <translation>Το {value!r} μπορεί να είναι ημέρα/μήνας ή μήνας/ημέρα· πείτε ποιο χρησιμοποιεί το αρχείο.</translation>
    </message>
    <message>
        <source>{value!r} is not a time.</source>
        <translation>Το {value!r} δεν είναι ώρα.</translation>
    </message>
    <message>
        <source>{value!r} is not a date.</source>
        <translation>Το {value!r} δεν είναι ημερομηνία.</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time this app can read.</source>
        <translation>Το {value!r} δεν είναι ημερομηνία και ώρα που μπορεί να διαβάσει η εφαρμογή.</translation>
    </message>
    <message>
        <source>a first column named for the response time ({names}), then one column a question</source>
        <translation>μια πρώτη στήλη με την ώρα απάντησης ({names}) και μετά μία στήλη ανά ερώτηση</translation>
    </message>
    <message>
        <source>the first columns ID, Start time, Completion time, Email, Name (in the form&apos;s language), then one column a question</source>
        <translation>οι πρώτες στήλες Αναγνωριστικό, Ώρα έναρξης, Ώρα ολοκλήρωσης, Ηλεκτρονικό ταχυδρομείο, Όνομα (στη γλώσσα της φόρμας) και μετά μία στήλη ανά ερώτηση</translation>
    </message>
    <message>
        <source>matched to feedback items by meaning, in English, Greek and Simplified Chinese; an import goes ahead without a preset only when every column is placed with confidence</source>
        <translation>αντιστοιχίζονται στα ερωτήματα ανατροφοδότησης κατά νόημα, στα αγγλικά, ελληνικά και απλοποιημένα κινεζικά· η εισαγωγή χωρίς προρύθμιση γίνεται μόνο όταν κάθε στήλη τοποθετείται με βεβαιότητα</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; a preset file is at most {max} bytes. Is it the right file?</source>
        <translation>Το {file} έχει {size} byte· ένα αρχείο προρύθμισης έχει το πολύ {max} byte. Είναι το σωστό αρχείο;</translation>
    </message>
    <message>
        <source>{file} cannot be read: {why}.</source>
        <translation>Το {file} δεν διαβάζεται: {why}.</translation>
    </message>
    <message>
        <source>{file} is not a preset file (not JSON in UTF-8).</source>
        <translation>Το {file} δεν είναι αρχείο προρύθμισης (δεν είναι JSON σε UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not a Trainer Coach preset file (made with presets export).</source>
        <translation>Το {file} δεν είναι αρχείο προρύθμισης του Trainer Coach (φτιαγμένο με presets export).</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>το αρχείο</translation>
    </message>
    <message>
        <source>This preset file is version {version!r}; this app reads version {ours}.</source>
        <translation>Αυτό το αρχείο προρύθμισης είναι έκδοση {version!r}· η εφαρμογή διαβάζει την έκδοση {ours}.</translation>
    </message>
    <message>
        <source>The preset&apos;s mapping is not a set of columns.</source>
        <translation>Η αντιστοίχιση της προρύθμισης δεν είναι σύνολο στηλών.</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>την αντιστοίχιση</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>στήλες</translation>
    </message>
    <message>
        <source>The column {header!r} goes to {target!r}, which is not a feedback item here (nor the comment).</source>
        <translation>Η στήλη {header!r} πηγαίνει στο {target!r}, που δεν είναι ερώτημα ανατροφοδότησης εδώ (ούτε το σχόλιο).</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>λέξεις κλίμακας</translation>
    </message>
    <message>
        <source>The worded answer {word!r} means {value!r}; a worded answer means a whole number from 0 to 10.</source>
        <translation>Η λεκτική απάντηση {word!r} σημαίνει {value!r}· μια λεκτική απάντηση σημαίνει ακέραιο από 0 έως 10.</translation>
    </message>
    <message>
        <source>The preset&apos;s date order {order!r} is not dmy or mdy.</source>
        <translation>Η σειρά ημερομηνίας {order!r} της προρύθμισης δεν είναι dmy ή mdy.</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>ζώνες ώρας</translation>
    </message>
    <message>
        <source>The time zone {zone!r}: {why}</source>
        <translation>Η ζώνη ώρας {zone!r}: {why}</translation>
    </message>
    <message>
        <source>The preset has no name.</source>
        <translation>Η προρύθμιση δεν έχει όνομα.</translation>
    </message>
    <message>
        <source>A preset name can be at most {max} characters.</source>
        <translation>Το όνομα μιας προρύθμισης έχει το πολύ {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>The preset&apos;s name {name!r} holds markup or control characters; a name is plain text.</source>
        <translation>Το όνομα της προρύθμισης {name!r} περιέχει σήμανση ή χαρακτήρες ελέγχου· ένα όνομα είναι απλό κείμενο.</translation>
    </message>
    <message>
        <source>Unknown keys in {where}: {keys}. Is this preset from a newer version of the app?</source>
        <translation>Άγνωστα κλειδιά σε {where}: {keys}. Μήπως η προρύθμιση είναι από νεότερη έκδοση της εφαρμογής;</translation>
    </message>
    <message>
        <source>The preset&apos;s {what} are not a list of names and values.</source>
        <translation>Οι {what} της προρύθμισης δεν είναι λίστα ονομάτων και τιμών.</translation>
    </message>
    <message>
        <source>The preset has {count} {what}; at most {max} are allowed.</source>
        <translation>Η προρύθμιση έχει {count} {what}· επιτρέπονται το πολύ {max}.</translation>
    </message>
    <message>
        <source>The preset&apos;s {what} hold a name that is empty, longer than {max} characters or has control characters.</source>
        <translation>Οι {what} της προρύθμισης έχουν όνομα κενό, μεγαλύτερο από {max} χαρακτήρες ή με χαρακτήρες ελέγχου.</translation>
    </message>
    <message>
        <source>Plan of {day}</source>
        <translation>Σχέδιο της {day}</translation>
    </message>
    <message>
        <source>This plan is no longer in the database.</source>
        <translation>Αυτό το σχέδιο δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>Ένα σχέδιο χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>A plan&apos;s name is at most 200 characters.</source>
        <translation>Το όνομα ενός σχεδίου έχει το πολύ 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Hires, hours and changes are numbers of 0 or more.</source>
        <translation>Οι προσλήψεις, οι ώρες και οι αλλαγές είναι αριθμοί από 0 και πάνω.</translation>
    </message>
    <message>
        <source>At least one trainee per session.</source>
        <translation>Τουλάχιστον ένας εκπαιδευόμενος ανά συνεδρία.</translation>
    </message>
    <message>
        <source>Hours a month are from 0 to 744.</source>
        <translation>Οι ώρες τον μήνα είναι από 0 έως 744.</translation>
    </message>
    <message>
        <source>The threshold is a number of points from {low} to {high}.</source>
        <translation>Το όριο είναι αριθμός μονάδων από {low} έως {high}.</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Όλα τα κριτήρια</translation>
    </message>
    <message>
        <source>Give the business case a title: the session it asks for.</source>
        <translation>Δώστε τίτλο στην επιχειρηματική τεκμηρίωση: τη συνεδρία που ζητά.</translation>
    </message>
    <message>
        <source>A title can be at most {max} characters.</source>
        <translation>Ένας τίτλος έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Choose new hires, existing agents or both.</source>
        <translation>Επιλέξτε νεοπροσληφθέντες, υπάρχοντες εκπροσώπους ή και τους δύο.</translation>
    </message>
    <message>
        <source>Choose classroom, virtual or online.</source>
        <translation>Επιλέξτε αίθουσα, εικονική ή διαδικτυακή.</translation>
    </message>
    <message>
        <source>Choose how the effect will be measured.</source>
        <translation>Επιλέξτε πώς θα μετρηθεί το αποτέλεσμα.</translation>
    </message>
    <message>
        <source>The audience size is a whole number of agents, or empty.</source>
        <translation>Το μέγεθος κοινού είναι ακέραιος αριθμός εκπροσώπων ή κενό.</translation>
    </message>
    <message>
        <source>The effort is a number of trainer hours from 0 to {max}, or empty.</source>
        <translation>Η προσπάθεια είναι ώρες εκπαιδευτή από 0 έως {max} ή κενό.</translation>
    </message>
    <message>
        <source>This can be at most {max} characters.</source>
        <translation>Αυτό έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Tick at least one kind of content: text, visual or hands-on.</source>
        <translation>Επιλέξτε τουλάχιστον ένα είδος περιεχομένου: κείμενο, οπτικό ή πρακτικό.</translation>
    </message>
    <message>
        <source>Say what the problem is before submitting.</source>
        <translation>Περιγράψτε το πρόβλημα πριν την υποβολή.</translation>
    </message>
    <message>
        <source>Write the session&apos;s objectives before submitting.</source>
        <translation>Γράψτε τους στόχους της συνεδρίας πριν την υποβολή.</translation>
    </message>
    <message>
        <source>Say how many agents the session is for before submitting.</source>
        <translation>Πείτε για πόσους εκπροσώπους είναι η συνεδρία πριν την υποβολή.</translation>
    </message>
    <message>
        <source>Estimate the effort in trainer hours before submitting.</source>
        <translation>Εκτιμήστε την προσπάθεια σε ώρες εκπαιδευτή πριν την υποβολή.</translation>
    </message>
    <message>
        <source>Say what effect you expect before submitting.</source>
        <translation>Πείτε ποιο αποτέλεσμα περιμένετε πριν την υποβολή.</translation>
    </message>
    <message>
        <source>This business case is no longer in the database.</source>
        <translation>Αυτή η επιχειρηματική τεκμηρίωση δεν υπάρχει πια στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Choose the candidate who writes the case.</source>
        <translation>Επιλέξτε τον υποψήφιο που γράφει την τεκμηρίωση.</translation>
    </message>
    <message>
        <source>Choose the knowledge gap the case is for.</source>
        <translation>Επιλέξτε το κενό γνώσης που αφορά η τεκμηρίωση.</translation>
    </message>
    <message>
        <source>A case that is {status} is no longer edited; return it first.</source>
        <translation>Μια τεκμηρίωση σε κατάσταση «{status}» δεν αλλάζει πια· επιστρέψτε την πρώτα.</translation>
    </message>
    <message>
        <source>This business case was changed by someone else since; their change is kept.</source>
        <translation>Αυτή η επιχειρηματική τεκμηρίωση άλλαξε στο μεταξύ από κάποιον άλλον· η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <source>A case that is {now} cannot be marked {then}.</source>
        <translation>Μια τεκμηρίωση σε κατάσταση «{now}» δεν μπορεί να γίνει «{then}».</translation>
    </message>
    <message>
        <source>The gap has no evidence yet: link some before submitting.</source>
        <translation>Το κενό δεν έχει ακόμη τεκμήρια: συνδέστε κάποια πριν την υποβολή.</translation>
    </message>
    <message>
        <source>Say why the case goes back, so its author knows what to change.</source>
        <translation>Πείτε γιατί επιστρέφεται η τεκμηρίωση, ώστε ο συντάκτης να ξέρει τι να αλλάξει.</translation>
    </message>
    <message>
        <source>A reason can be at most {max} characters.</source>
        <translation>Ένας λόγος έχει έως {max} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Link the session (or sessions) the case is delivered in first.</source>
        <translation>Συνδέστε πρώτα τη συνεδρία (ή τις συνεδρίες) όπου παραδίδεται η τεκμηρίωση.</translation>
    </message>
    <message>
        <source>None of the case&apos;s sessions has taken place yet.</source>
        <translation>Καμία συνεδρία της τεκμηρίωσης δεν έχει γίνει ακόμη.</translation>
    </message>
    <message>
        <source>There is nothing measured after the sessions yet to evaluate.</source>
        <translation>Δεν υπάρχει ακόμη μέτρηση μετά τις συνεδρίες για αξιολόγηση.</translation>
    </message>
    <message>
        <source>Business case “{title}” approved on {day}.</source>
        <translation>Η επιχειρηματική τεκμηρίωση «{title}» εγκρίθηκε στις {day}.</translation>
    </message>
    <message>
        <source>Business case “{title}” delivered on {day}.</source>
        <translation>Η επιχειρηματική τεκμηρίωση «{title}» πραγματοποιήθηκε στις {day}.</translation>
    </message>
    <message>
        <source>Training asset “{title}” (version {label}) used in a session on {held} and reviewed on {day}.</source>
        <translation>Το εκπαιδευτικό υλικό «{title}» (έκδοση {label}) χρησιμοποιήθηκε σε συνεδρία στις {held} και ελέγχθηκε στις {day}.</translation>
    </message>
    <message>
        <source>Training asset “{title}”, version {label}, recorded on {day}.</source>
        <translation>Εκπαιδευτικό υλικό «{title}», έκδοση {label}, καταχωρίστηκε στις {day}.</translation>
    </message>
    <message>
        <source>Each site and language needs: the classes of new hires (hires a month divided by trainees a class, rounded up) times the hours a class, plus changes a month times the hours a change, plus the knowledge base&apos;s hours.</source>
        <translation>Κάθε τοποθεσία και γλώσσα χρειάζεται: τις τάξεις νεοπροσληφθέντων (προσλήψεις τον μήνα διά εκπαιδευόμενους ανά τάξη, στρογγυλεμένο προς τα πάνω) επί τις ώρες ανά τάξη, συν τις αλλαγές τον μήνα επί τις ώρες ανά αλλαγή, συν τις ώρες της βάσης γνώσεων.</translation>
    </message>
    <message>
        <source>A trainer&apos;s hours count only at their own site and in their own language: the hours short are added up line by line, so spare hours in one place do not cover another.</source>
        <translation>Οι ώρες ενός εκπαιδευτή μετρούν μόνο στη δική του τοποθεσία και στη δική του γλώσσα: οι ώρες που λείπουν αθροίζονται γραμμή προς γραμμή, έτσι οι περισσευούμενες ώρες σε ένα μέρος δεν καλύπτουν άλλο.</translation>
    </message>
    <message>
        <source>Candidates forecast to become ready in these {months} months: {count} (the readiness forecast). Each gives {hours} hours a month from the month after, set against the whole shortfall, since the forecast does not say where a new trainer will teach.</source>
        <translation>Υποψήφιοι που προβλέπεται να γίνουν έτοιμοι σε αυτούς τους {months} μήνες: {count} (η πρόβλεψη ετοιμότητας). Ο καθένας δίνει {hours} ώρες τον μήνα από τον επόμενο μήνα, που αφαιρούνται από το συνολικό έλλειμμα, αφού η πρόβλεψη δεν λέει πού θα διδάξει ένας νέος εκπαιδευτής.</translation>
    </message>
    <message>
        <source>Trainers short: the hours short divided by {hours} hours, the average certified trainer&apos;s month, rounded up.</source>
        <translation>Εκπαιδευτές που λείπουν: οι ώρες που λείπουν διά {hours} ώρες, τον μήνα του μέσου πιστοποιημένου εκπαιδευτή, στρογγυλεμένο προς τα πάνω.</translation>
    </message>
    <message>
        <source>The inputs are the same every month; only the candidates becoming ready change the outlook. Nothing here is weighted: each figure can be checked with a pencil.</source>
        <translation>Τα δεδομένα είναι ίδια κάθε μήνα· μόνο οι υποψήφιοι που γίνονται έτοιμοι αλλάζουν την πρόβλεψη. Τίποτα δεν σταθμίζεται: κάθε αριθμός ελέγχεται με ένα μολύβι.</translation>
    </message>
    <message>
        <source>Capacity plan: {name}</source>
        <translation>Σχέδιο δυναμικότητας: {name}</translation>
    </message>
    <message>
        <source>Capacity plan</source>
        <translation>Σχέδιο δυναμικότητας</translation>
    </message>
    <message>
        <source>Saved plan no. {id}</source>
        <translation>Αποθηκευμένο σχέδιο αρ. {id}</translation>
    </message>
    <message>
        <source>The plan as it stood on screen</source>
        <translation>Το σχέδιο όπως ήταν στην οθόνη</translation>
    </message>
    <message>
        <source>{source}   ·   {first} to {last}   ·   Generated {date} by {author}</source>
        <translation>{source}   ·   {first} έως {last}   ·   Δημιουργήθηκε {date} από {author}</translation>
    </message>
    <message>
        <source>Trainer hours needed a month</source>
        <translation>Ώρες εκπαιδευτών που χρειάζονται τον μήνα</translation>
    </message>
    <message>
        <source>{available} h available from certified trainers</source>
        <translation>{available} ώρες διαθέσιμες από πιστοποιημένους εκπαιδευτές</translation>
    </message>
    <message>
        <source>Trainers short this month</source>
        <translation>Εκπαιδευτές που λείπουν αυτόν τον μήνα</translation>
    </message>
    <message>
        <source>{short} hours short</source>
        <translation>λείπουν {short} ώρες</translation>
    </message>
    <message>
        <source>Trainers short in {month}</source>
        <translation>Εκπαιδευτές που λείπουν τον {month}</translation>
    </message>
    <message>
        <source>{short} hours short, with the candidates forecast to be ready</source>
        <translation>λείπουν {short} ώρες, με τους υποψηφίους που προβλέπεται να είναι έτοιμοι</translation>
    </message>
    <message>
        <source>Inputs per site and language</source>
        <translation>Δεδομένα ανά τοποθεσία και γλώσσα</translation>
    </message>
    <message>
        <source>Hours a class: the trainer hours one class of new hires takes. Hours a change: the refresher training one change needs. Knowledge base hours: a month, keeping it up to date.</source>
        <translation>Ώρες ανά τάξη: οι ώρες εκπαιδευτή που χρειάζεται μία τάξη νεοπροσληφθέντων. Ώρες ανά αλλαγή: η επανεκπαίδευση που χρειάζεται μία αλλαγή. Ώρες βάσης γνώσεων: τον μήνα, για την ενημέρωσή της.</translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation>Προσλήψεις τον μήνα</translation>
    </message>
    <message>
        <source>Hours a class</source>
        <translation>Ώρες ανά τάξη</translation>
    </message>
    <message>
        <source>Trainees a class</source>
        <translation>Εκπαιδευόμενοι ανά τάξη</translation>
    </message>
    <message>
        <source>Changes a month</source>
        <translation>Αλλαγές τον μήνα</translation>
    </message>
    <message>
        <source>Hours a change</source>
        <translation>Ώρες ανά αλλαγή</translation>
    </message>
    <message>
        <source>Knowledge base hours</source>
        <translation>Ώρες βάσης γνώσεων</translation>
    </message>
    <message>
        <source>No site or language in this plan.</source>
        <translation>Καμία τοποθεσία ή γλώσσα σε αυτό το σχέδιο.</translation>
    </message>
    <message>
        <source>Certified trainers</source>
        <translation>Πιστοποιημένοι εκπαιδευτές</translation>
    </message>
    <message>
        <source>Certified trainer</source>
        <translation>Πιστοποιημένος εκπαιδευτής</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation>Ώρες τον μήνα</translation>
    </message>
    <message>
        <source>No certified trainer in this plan.</source>
        <translation>Κανένας πιστοποιημένος εκπαιδευτής σε αυτό το σχέδιο.</translation>
    </message>
    <message>
        <source>The next {months} months</source>
        <translation>Οι επόμενοι {months} μήνες</translation>
    </message>
    <message>
        <source>Bars: certified trainers&apos; hours, with the candidates forecast to be ready stacked on them; line: the hours needed; above a month, the trainers short.</source>
        <translation>Στήλες: οι ώρες των πιστοποιημένων εκπαιδευτών, με τους υποψηφίους που προβλέπεται να είναι έτοιμοι από πάνω· γραμμή: οι ώρες που χρειάζονται· πάνω από κάθε μήνα, οι εκπαιδευτές που λείπουν.</translation>
    </message>
    <message>
        <source>Hours from candidates becoming ready</source>
        <translation>Ώρες από υποψηφίους που γίνονται έτοιμοι</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Παραδοχές</translation>
    </message>
    <message>
        <source>Side by side with {name}</source>
        <translation>Δίπλα δίπλα με το {name}</translation>
    </message>
    <message>
        <source>A: this plan, {this}. B: {other}. Both on the same forecast of candidates becoming ready.</source>
        <translation>A: αυτό το σχέδιο, {this}. B: {other}. Και τα δύο με την ίδια πρόβλεψη υποψηφίων που γίνονται έτοιμοι.</translation>
    </message>
    <message>
        <source>Sites and languages</source>
        <translation>Τοποθεσίες και γλώσσες</translation>
    </message>
    <message>
        <source>A: hours short</source>
        <translation>A: ώρες που λείπουν</translation>
    </message>
    <message>
        <source>A: trainers short</source>
        <translation>A: εκπαιδευτές που λείπουν</translation>
    </message>
    <message>
        <source>B: hours short</source>
        <translation>B: ώρες που λείπουν</translation>
    </message>
    <message>
        <source>B: trainers short</source>
        <translation>B: εκπαιδευτές που λείπουν</translation>
    </message>
    <message>
        <source>B minus A, trainers</source>
        <translation>B μείον A, εκπαιδευτές</translation>
    </message>
</context>
<context>
    <name>ActionItemDelegate</name>
    <message>
        <source>— nobody —</source>
        <translation>— κανείς —</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action item</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>Criterion {position} of {total} · weight {weight}</source>
        <translation>Κριτήριο {position} από {total} · βάρος {weight}</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Training asset</source>
        <translation>Εκπαιδευτικό στοιχείο</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(κανείς)</translation>
    </message>
    <message>
        <source>The standard template it follows, e.g. Classroom deck v3</source>
        <translation>Το τυπικό πρότυπο που ακολουθεί, π.χ. Classroom deck v3</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, el, zh_CN</source>
        <translation>Κωδικοί γλωσσών, π.χ. en, el, zh_CN</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Οπτικό</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Mock tickets</source>
        <translation>Εικονικά αιτήματα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Template used</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Knowledge-base article</source>
        <translation>Άρθρο βάσης γνώσεων</translation>
    </message>
    <message>
        <source>Article last changed</source>
        <translation>Τελευταία αλλαγή άρθρου</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>Μείγμα περιεχομένου</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Έλεγχος έως</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Next review due:</source>
        <translation>Επόμενος έλεγχος έως:</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Σήμανση ως ελεγμένο σήμερα</translation>
    </message>
    <message>
        <source>You checked the asset against its article today</source>
        <translation>Ελέγξατε σήμερα το υλικό σε σχέση με το άρθρο του</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Ιστορικό εκδόσεων</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Τι άλλαξε</translation>
    </message>
    <message>
        <source>Label, e.g. 2.0</source>
        <translation>Ετικέτα, π.χ. 2.0</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Τι άλλαξε σε αυτή την έκδοση</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Προσθήκη έκδοσης</translation>
    </message>
    <message>
        <source>Agents&apos; feedback on the material</source>
        <translation>Σχόλια των εκπροσώπων για το υλικό</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Σχόλιο</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Καταχωρίστηκε από</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>What the agent said about the material</source>
        <translation>Τι είπε ο εκπρόσωπος για το υλικό</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Προσθήκη σχολίου</translation>
    </message>
    <message>
        <source>What trainees thought, per version</source>
        <translation>Τι σκέφτηκαν οι εκπαιδευόμενοι, ανά έκδοση</translation>
    </message>
    <message>
        <source>The sessions that used the asset, under the version current on their date: trainees&apos; overall rating (1–5) and their learning gain (after − before, in points of the check&apos;s maximum), each with n and its 95% interval.</source>
        <translation>Οι συνεδρίες που χρησιμοποίησαν το υλικό, κάτω από την έκδοση που ίσχυε την ημερομηνία τους: η συνολική βαθμολογία των εκπαιδευομένων (1–5) και η μαθησιακή τους πρόοδος (μετά − πριν, σε μονάδες του μέγιστου του ελέγχου), καθεμία με το n και το διάστημα 95%.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Έντυπα</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Συνολική βαθμολογία</translation>
    </message>
    <message>
        <source>Learning gain</source>
        <translation>Μαθησιακή πρόοδος</translation>
    </message>
    <message>
        <source>before the first version</source>
        <translation>πριν από την πρώτη έκδοση</translation>
    </message>
    <message>
        <source>No session has used this asset yet.</source>
        <translation>Καμία συνεδρία δεν έχει χρησιμοποιήσει ακόμη αυτό το υλικό.</translation>
    </message>
    <message>
        <source>Training asset: {title}</source>
        <translation>Εκπαιδευτικό υλικό: {title}</translation>
    </message>
    <message>
        <source>Stale: the article changed on {changed}, after the last review ({reviewed}). Check the asset against it, then mark it reviewed.</source>
        <translation>Παρωχημένο: το άρθρο άλλαξε στις {changed}, μετά τον τελευταίο έλεγχο ({reviewed}). Ελέγξτε το υλικό σε σχέση με αυτό και σημειώστε το ως ελεγμένο.</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>δεν έχει ελεγχθεί ποτέ</translation>
    </message>
    <message>
        <source>Last reviewed on {day} by {who}.</source>
        <translation>Τελευταίος έλεγχος στις {day} από {who}.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Δεν έχει ελεγχθεί ακόμη.</translation>
    </message>
    <message>
        <source>The review was due on {day}.</source>
        <translation>Ο έλεγχος έπρεπε να γίνει έως τις {day}.</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Καμία βαθμολογία ακόμη.</translation>
    </message>
    <message>
        <source>Mean rating {mean} of 5 (n = {n}; 95% interval: {interval})</source>
        <translation>Μέση βαθμολογία {mean} στα 5 (n = {n}· διάστημα 95%: {interval})</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this asset.</source>
        <translation>Δεν αποθηκεύτηκε: κάποιος άλλος άλλαξε αυτό το υλικό.</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>Training assets</source>
        <translation>Εκπαιδευτικό υλικό</translation>
    </message>
    <message>
        <source>New asset…</source>
        <translation>Νέο υλικό…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Search titles, templates, owners</source>
        <translation>Αναζήτηση τίτλων, προτύπων, κατόχων</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Μόνο παρωχημένα</translation>
    </message>
    <message>
        <source>The linked article changed after the asset&apos;s last review</source>
        <translation>Το συνδεδεμένο άρθρο άλλαξε μετά τον τελευταίο έλεγχο του υλικού</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Έλεγχος έως</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>Μείγμα περιεχομένου</translation>
    </message>
    <message>
        <source>Article changed</source>
        <translation>Αλλαγή άρθρου</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Τελευταίος έλεγχος</translation>
    </message>
    <message>
        <source>Rating (n)</source>
        <translation>Βαθμολογία (n)</translation>
    </message>
    <message>
        <source>No training asset yet. New asset… adds one: its owner, template, languages, the knowledge-base article it teaches from and its mix of text, visual, hands-on and mock tickets.</source>
        <translation>Δεν υπάρχει ακόμη εκπαιδευτικό υλικό. Το «Νέο υλικό…» προσθέτει ένα: τον κάτοχό του, το πρότυπο, τις γλώσσες, το άρθρο της βάσης γνώσεων στο οποίο βασίζεται και το μείγμα κειμένου, οπτικού υλικού, πρακτικής και εικονικών αιτημάτων.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Βιβλιοθήκη</translation>
    </message>
    <message>
        <source>A topic is what its sessions are called; a cell counts the assets used for it that teach in that style. Right-click to save the chart.</source>
        <translation>Θέμα είναι ο τίτλος των συνεδριών του· ένα κελί μετρά το υλικό που χρησιμοποιήθηκε γι&apos; αυτό και διδάσκει με αυτό το στυλ. Δεξί κλικ για αποθήκευση του γραφήματος.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Κάλυψη</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
    <message>
        <source>The training assets could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του εκπαιδευτικού υλικού: {reason}</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Οποιαδήποτε γλώσσα</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Οποιουδήποτε</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Οπτικό</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Mock tickets</source>
        <translation>Εικονικά αιτήματα</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Παρωχημένο</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Ενημερωμένο</translation>
    </message>
    <message>
        <source>{shown} of {total} training assets shown. Stale: the linked knowledge-base article changed after the asset&apos;s last review.</source>
        <translation>Εμφανίζονται {shown} από {total} εκπαιδευτικά υλικά. Παρωχημένο: το συνδεδεμένο άρθρο της βάσης γνώσεων άλλαξε μετά τον τελευταίο έλεγχο του υλικού.</translation>
    </message>
    <message>
        <source>Taught only as text: {topics}. The guide asks for a mix of text, visual and hands-on material (mock tickets too).</source>
        <translation>Διδάσκεται μόνο ως κείμενο: {topics}. Ο οδηγός ζητά συνδυασμό κειμένου, οπτικού και πρακτικού υλικού (και δοκιμαστικά αιτήματα).</translation>
    </message>
    <message>
        <source>No topic is taught only as text.</source>
        <translation>Κανένα θέμα δεν διδάσκεται μόνο ως κείμενο.</translation>
    </message>
    <message>
        <source>Not used in any session yet, so in no topic: {titles}</source>
        <translation>Δεν έχουν χρησιμοποιηθεί ακόμη σε συνεδρία, άρα σε κανένα θέμα: {titles}</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Χρειάζεται</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ημέρες</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>ημέρες καθυστέρησης</translation>
    </message>
    <message>
        <source>days since the session</source>
        <translation>ημέρες από τη συνεδρία</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s)</source>
        <translation>
            <numerusform>Καμία μετακίνηση εδώ και %n ημέρα</numerusform>
            <numerusform>Καμία μετακίνηση εδώ και %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor assigned</source>
        <translation>Δεν έχει οριστεί μέντορας</translation>
    </message>
    <message>
        <source>Selection traits not scored</source>
        <translation>Τα χαρακτηριστικά επιλογής δεν έχουν βαθμολογηθεί</translation>
    </message>
    <message numerus="yes">
        <source>Action item overdue by %n day(s): {text}</source>
        <translation>
            <numerusform>Ενέργεια εκπρόθεσμη κατά %n ημέρα: {text}</numerusform>
            <numerusform>Ενέργεια εκπρόθεσμη κατά %n ημέρες: {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session not observed yet (%n day(s) ago): {topic}</source>
        <translation>
            <numerusform>Η συνεδρία δεν έχει παρατηρηθεί ακόμη (πριν από %n ημέρα): {topic}</numerusform>
            <numerusform>Η συνεδρία δεν έχει παρατηρηθεί ακόμη (πριν από %n ημέρες): {topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No trainee feedback yet (%n day(s) ago): {topic}</source>
        <translation>
            <numerusform>Δεν υπάρχουν ακόμη σχόλια εκπαιδευομένων (πριν από %n ημέρα): {topic}</numerusform>
            <numerusform>Δεν υπάρχουν ακόμη σχόλια εκπαιδευομένων (πριν από %n ημέρες): {topic}</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for certification: every readiness condition is met</source>
        <translation>Έτοιμος για πιστοποίηση: πληρούνται όλες οι προϋποθέσεις ετοιμότητας</translation>
    </message>
    <message numerus="yes">
        <source>Certification renewal overdue by %n day(s): {topic}</source>
        <translation>
            <numerusform>Η ανανέωση πιστοποίησης είναι εκπρόθεσμη κατά %n ημέρα: {topic}</numerusform>
            <numerusform>Η ανανέωση πιστοποίησης είναι εκπρόθεσμη κατά %n ημέρες: {topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certification due for renewal in %n day(s): {topic}</source>
        <translation>
            <numerusform>Η πιστοποίηση πρέπει να ανανεωθεί σε %n ημέρα: {topic}</numerusform>
            <numerusform>Η πιστοποίηση πρέπει να ανανεωθεί σε %n ημέρες: {topic}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Trainer evaluations {date}</source>
        <translation>Αξιολογήσεις εκπαιδευτών {date}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v από %m</translation>
    </message>
    <message>
        <source>Folder for the evaluations</source>
        <translation>Φάκελος για τις αξιολογήσεις</translation>
    </message>
    <message>
        <source>1 candidate will be exported</source>
        <translation>Θα εξαχθεί 1 υποψήφιος</translation>
    </message>
    <message>
        <source>{n} candidates will be exported</source>
        <translation>Θα εξαχθούν {n} υποψήφιοι</translation>
    </message>
    <message>
        <source> ({n} archived left out)</source>
        <translation> ({n} αρχειοθετημένοι παραλείπονται)</translation>
    </message>
    <message>
        <source>A database held only in memory cannot be shared with the export processes.</source>
        <translation>Μια βάση δεδομένων μόνο στη μνήμη δεν μπορεί να μοιραστεί με τις διεργασίες εξαγωγής.</translation>
    </message>
    <message>
        <source>Writing {n} evaluations into {folder}…</source>
        <translation>Εγγραφή {n} αξιολογήσεων στο {folder}…</translation>
    </message>
    <message>
        <source>Cancelling: no new file is started; the ones being written are finished first…</source>
        <translation>Ακύρωση: δεν ξεκινά νέο αρχείο· όσα γράφονται ολοκληρώνονται πρώτα…</translation>
    </message>
    <message>
        <source>Cancelled: {n} of {total} evaluations were written to {folder}; the others were not.</source>
        <translation>Ακυρώθηκε: γράφτηκαν {n} από {total} αξιολογήσεις στο {folder}· οι υπόλοιπες όχι.</translation>
    </message>
    <message>
        <source>Done: {n} of {total} evaluations written to {folder}.</source>
        <translation>Ολοκληρώθηκε: γράφτηκαν {n} από {total} αξιολογήσεις στο {folder}.</translation>
    </message>
    <message>
        <source>the folder could not be written: {why}</source>
        <translation>δεν ήταν δυνατή η εγγραφή στον φάκελο: {why}</translation>
    </message>
    <message>
        <source>The export stopped: {reason}. Files already finished are kept; no half-written file is left.</source>
        <translation>Η εξαγωγή σταμάτησε: {reason}. Τα αρχεία που ολοκληρώθηκαν διατηρούνται· δεν μένει μισογραμμένο αρχείο.</translation>
    </message>
    <message>
        <source>Export all evaluations</source>
        <translation>Εξαγωγή όλων των αξιολογήσεων</translation>
    </message>
    <message>
        <source>Every candidate&apos;s trainer evaluation as a PDF of its own, named after the candidate, in one folder. The work is shared among all the processor cores of this computer.</source>
        <translation>Η αξιολόγηση εκπαιδευτή κάθε υποψηφίου ως ξεχωριστό PDF, με το όνομά του, σε έναν φάκελο. Η εργασία μοιράζεται σε όλους τους πυρήνες του επεξεργαστή αυτού του υπολογιστή.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Φάκελος:</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>Πού αποθηκεύονται τα PDF</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Επιλογή…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Χαρτί:</translation>
    </message>
    <message>
        <source>Include &amp;archived candidates</source>
        <translation>Να συμπεριληφθούν &amp;αρχειοθετημένοι υποψήφιοι</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Εξαγωγή</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Ακύρωση εξαγωγής</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration</source>
        <translation>Βαθμονόμηση</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Νέα άσκηση…</translation>
    </message>
    <message>
        <source>Choose deliveries, a rubric and observers who each score them blind</source>
        <translation>Επιλέξτε συνεδρίες, ρουμπρίκα και παρατηρητές που βαθμολογούν ο καθένας χωρίς να βλέπει τους άλλους</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Άσκηση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Παραδόθηκαν</translation>
    </message>
    <message>
        <source>No calibration exercise yet. New exercise… starts one: observers score the same deliveries blind, then see how far they agree.</source>
        <translation>Δεν υπάρχει ακόμη άσκηση βαθμονόμησης. Με το «Νέα άσκηση…» ξεκινά μία: οι παρατηρητές βαθμολογούν τις ίδιες συνεδρίες χωρίς να βλέπουν ο ένας τον άλλον και μετά βλέπουν πόσο συμφωνούν.</translation>
    </message>
    <message>
        <source>Observer:</source>
        <translation>Παρατηρητής:</translation>
    </message>
    <message>
        <source>Whose scores Score… and Hand in are for</source>
        <translation>Για ποιον είναι οι βαθμολογίες του «Βαθμολόγηση…» και η «Παράδοση»</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>Βαθμολόγηση…</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Παράδοση</translation>
    </message>
    <message>
        <source>The observer&apos;s scores become final; when the last observer hands in, everyone&apos;s scores are shown</source>
        <translation>Οι βαθμολογίες του παρατηρητή γίνονται οριστικές· όταν παραδώσει και ο τελευταίος, φαίνονται οι βαθμολογίες όλων</translation>
    </message>
    <message>
        <source>Reference scores…</source>
        <translation>Βαθμοί αναφοράς…</translation>
    </message>
    <message>
        <source>The lead&apos;s own scores: bias is then measured against them</source>
        <translation>Οι βαθμοί του υπευθύνου: η απόκλιση μετριέται τότε ως προς αυτούς</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Stop the scoring and show every score now</source>
        <translation>Τέλος βαθμολόγησης και εμφάνιση όλων των βαθμολογιών τώρα</translation>
    </message>
    <message>
        <source>Scores: mean over criteria, deliveries by observers</source>
        <translation>Βαθμολογίες: μέσος όρος κριτηρίων, συνεδρίες ανά παρατηρητή</translation>
    </message>
    <message>
        <source>Deviation from the consensus, by criterion</source>
        <translation>Απόκλιση από τη συναίνεση, ανά κριτήριο</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Παρατηρητές</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Παρατηρητής</translation>
    </message>
    <message>
        <source>Bias (95% interval)</source>
        <translation>Μεροληψία (διάστημα 95%)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Ερμηνεία</translation>
    </message>
    <message>
        <source>Furthest off on</source>
        <translation>Μεγαλύτερη απόκλιση σε</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Συμφωνία</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
    <message>
        <source>The exercises could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ασκήσεων: {reason}</translation>
    </message>
    <message>
        <source>Observers score the same deliveries blind; once all have handed in (or the exercise is closed) everyone sees every score and how far they agree.</source>
        <translation>Οι παρατηρητές βαθμολογούν τις ίδιες συνεδρίες χωρίς να βλέπουν ο ένας τον άλλον· όταν παραδώσουν όλοι (ή κλείσει η άσκηση) όλοι βλέπουν κάθε βαθμολογία και πόσο συμφωνούν.</translation>
    </message>
    <message>
        <source>{done} of {all}</source>
        <translation>{done} από {all}</translation>
    </message>
    <message>
        <source>{name} (handed in)</source>
        <translation>{name} (παραδόθηκε)</translation>
    </message>
    <message>
        <source>Every score is shown.</source>
        <translation>Εμφανίζονται όλες οι βαθμολογίες.</translation>
    </message>
    <message>
        <source>Blind: {waiting} of {all} observers have not handed in yet. Until all have (or the exercise is closed) no one sees another observer&apos;s scores.</source>
        <translation>Τυφλή βαθμολόγηση: παρατηρητές που δεν έχουν παραδώσει ακόμη: {waiting} από {all}. Μέχρι να παραδώσουν όλοι (ή να κλείσει η άσκηση) κανείς δεν βλέπει τις βαθμολογίες άλλου παρατηρητή.</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean score minus the lead&apos;s reference score; red: more lenient, blue: more severe. Hover a cell for its interval.</source>
        <translation>Ο μέσος βαθμός κάθε παρατηρητή μείον τον βαθμό αναφοράς του υπευθύνου· κόκκινο: πιο επιεικής, μπλε: πιο αυστηρός. Περάστε τον δείκτη πάνω από ένα κελί για το διάστημά του.</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean score minus the other observers&apos;; red: more lenient, blue: more severe. Hover a cell for its interval.</source>
        <translation>Ο μέσος βαθμός κάθε παρατηρητή μείον των άλλων παρατηρητών· κόκκινο: πιο επιεικής, μπλε: πιο αυστηρός. Περάστε τον δείκτη πάνω από ένα κελί για το διάστημά του.</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>επιεικής</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>αυστηρός</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>σύμφωνος</translation>
    </message>
    <message>
        <source>Of each delivery&apos;s mean over criteria: {used} deliveries with every observer&apos;s score used, {dropped} left out for a missing score. Bands: {icc} for the ICCs, {alpha} for alpha.</source>
        <translation>Από τον μέσο όρο κριτηρίων κάθε συνεδρίας: χρησιμοποιήθηκαν συνεδρίες με βαθμολογία από κάθε παρατηρητή: {used}, παραλείφθηκαν λόγω ελλείπουσας βαθμολογίας: {dropped}. Κατηγορίες: {icc} για τους ICC, {alpha} για το άλφα.</translation>
    </message>
    <message>
        <source>Cannot hand in</source>
        <translation>Δεν είναι δυνατή η παράδοση</translation>
    </message>
    <message>
        <source>Cannot close</source>
        <translation>Δεν είναι δυνατό το κλείσιμο</translation>
    </message>
</context>
<context>
    <name>CandidateActionsModel</name>
    <message>
        <source>Action item</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
    <message numerus="yes">
        <source>{date} (overdue by %n day(s))</source>
        <translation>
            <numerusform>{date} (εκπρόθεσμο κατά %n ημέρα)</numerusform>
            <numerusform>{date} (εκπρόθεσμο κατά %n ημέρες)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Νέος υποψήφιος</translation>
    </message>
    <message>
        <source>Nominate an agent as a trainer candidate. They start in the first stage of the pipeline.</source>
        <translation>Προτείνετε έναν αντιπρόσωπο ως υποψήφιο εκπαιδευτή. Ξεκινά από το πρώτο στάδιο της ροής.</translation>
    </message>
    <message>
        <source>O&amp;bserve…</source>
        <translation>&amp;Παρατήρηση…</translation>
    </message>
    <message>
        <source>Enter &amp;feedback…</source>
        <translation>Καταχώριση &amp;σχολίων…</translation>
    </message>
    <message>
        <source>Sessions ({n})</source>
        <translation>Συνεδρίες ({n})</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n εκπρόθεσμη</numerusform>
            <numerusform> · %n εκπρόθεσμες</numerusform>
        </translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— κανείς ακόμη —</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {stage}, {days} days in this stage</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {stage}, {days} ημέρες σε αυτό το στάδιο</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (αρχειοθετημένος)</translation>
    </message>
    <message>
        <source>Selection score: {score} (mean of the scored traits)</source>
        <translation>Βαθμολογία επιλογής: {score} (μέσος όρος των βαθμολογημένων χαρακτηριστικών)</translation>
    </message>
    <message>
        <source>Selection score: not scored yet</source>
        <translation>Βαθμολογία επιλογής: δεν έχει βαθμολογηθεί ακόμη</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this candidate.</source>
        <translation>Δεν αποθηκεύτηκε: κάποιος άλλος άλλαξε αυτόν τον υποψήφιο.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Απασχόληση</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Ημερομηνία πρόσληψης</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Προτάθηκε από</translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation>Προτάθηκε στις</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Μέντορας</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Export e&amp;valuation…</source>
        <translation>Εξαγωγή α&amp;ξιολόγησης…</translation>
    </message>
    <message>
        <source>This candidate&apos;s trainer evaluation, as last saved, as a PDF (A4 or Letter)</source>
        <translation>Η αξιολόγηση εκπαιδευτή αυτού του υποψηφίου, όπως αποθηκεύτηκε τελευταία, ως PDF (A4 ή Letter)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Προφίλ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>Name as the person writes it, in any script</source>
        <translation>Το όνομα όπως το γράφει ο ίδιος, σε οποιοδήποτε αλφάβητο</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Ο&amp;μάδα</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Τοποθεσία</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Γλώσσες</translation>
    </message>
    <message>
        <source>e.g. English, Ελληνικά, 中文</source>
        <translation>π.χ. English, Ελληνικά, 中文</translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation>&amp;Απασχόληση</translation>
    </message>
    <message>
        <source>Vendor company</source>
        <translation>Εταιρεία προμηθευτή</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>Ημερομηνία &amp;πρόσληψης</translation>
    </message>
    <message>
        <source>Nominated &amp;by</source>
        <translation>Προτάθηκε α&amp;πό</translation>
    </message>
    <message>
        <source>Nominated &amp;on</source>
        <translation>Προτάθηκε &amp;στις</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Μέντορας</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Σ&amp;ημειώσεις</translation>
    </message>
    <message>
        <source>Selection traits</source>
        <translation>Χαρακτηριστικά επιλογής</translation>
    </message>
    <message>
        <source>The guide names four traits to look for in a trainer candidate. Score each from 1 (weak) to 5 (outstanding), or leave it unscored.</source>
        <translation>Ο οδηγός ορίζει τέσσερα χαρακτηριστικά που αναζητάμε σε έναν υποψήφιο εκπαιδευτή. Βαθμολογήστε καθένα από 1 (αδύναμο) έως 5 (εξαιρετικό) ή αφήστε το χωρίς βαθμολογία.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What you saw that supports this score</source>
        <translation>Τι είδατε που στηρίζει αυτή τη βαθμολογία</translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation>Εκπαίδευση του εκπαιδευτή</translation>
    </message>
    <message>
        <source>The four components of train-the-trainer, with the evidence for each.</source>
        <translation>Οι τέσσερις ενότητες της εκπαίδευσης του εκπαιδευτή, με την τεκμηρίωση για καθεμία.</translation>
    </message>
    <message>
        <source>Evidence: what was done, where to find it</source>
        <translation>Τεκμηρίωση: τι έγινε, πού θα το βρείτε</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Practice deliveries (double-click one to open it)</source>
        <translation>Πρακτικές συνεδρίες (διπλό κλικ για άνοιγμα)</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Νέα &amp;συνεδρία…</translation>
    </message>
    <message>
        <source>Action items (tick one when it is done; overdue ones are in red)</source>
        <translation>Ενέργειες (σημειώστε όποια ολοκληρώθηκε· οι εκπρόθεσμες είναι με κόκκινο)</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Αποτελεσματικότητα</translation>
    </message>
</context>
<context>
    <name>CandidateEffectivenessPanel</name>
    <message>
        <source>Readiness for certification</source>
        <translation>Ετοιμότητα για πιστοποίηση</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Προϋπόθεση</translation>
    </message>
    <message>
        <source>Where the candidate is</source>
        <translation>Πού βρίσκεται ο υποψήφιος</translation>
    </message>
    <message>
        <source>Certifications in force</source>
        <translation>Ισχύουσες πιστοποιήσεις</translation>
    </message>
    <message>
        <source>Award certification…</source>
        <translation>Απονομή πιστοποίησης…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Ανάκληση</translation>
    </message>
    <message>
        <source>No certification yet.</source>
        <translation>Καμία πιστοποίηση ακόμη.</translation>
    </message>
    <message>
        <source>Forecast to readiness</source>
        <translation>Πρόβλεψη ετοιμότητας</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>Συνεδρίες με την πάροδο του χρόνου</translation>
    </message>
    <message>
        <source>Strengths and weaknesses against the cohort</source>
        <translation>Δυνατά και αδύναμα σημεία σε σχέση με την ομάδα</translation>
    </message>
    <message>
        <source>Also show the rubric averages adjusted for observer leniency</source>
        <translation>Εμφάνιση και των μέσων όρων ρουμπρίκας προσαρμοσμένων για την επιείκεια των παρατηρητών</translation>
    </message>
    <message>
        <source>Adjusted for observer leniency: each score less its observer&apos;s estimated bias (their mean difference from the consensus over every calibration exercise and co-observed session, Calibration page), then averaged as the raw figure is. An observer with nothing to compare is taken as scored. The raw figures above are what readiness uses.</source>
        <translation>Προσαρμοσμένο για την επιείκεια των παρατηρητών: κάθε βαθμός μείον την εκτιμώμενη απόκλιση του παρατηρητή του (η μέση διαφορά του από τη συναίνεση σε κάθε άσκηση βαθμονόμησης και κοινή παρατήρηση, σελίδα Βαθμονόμηση), και μετά ο μέσος όρος όπως στον αρχικό δείκτη. Παρατηρητής χωρίς δεδομένα σύγκρισης λαμβάνεται όπως βαθμολόγησε. Η ετοιμότητα χρησιμοποιεί τους αρχικούς δείκτες παραπάνω.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>As scored (n)</source>
        <translation>Όπως βαθμολογήθηκε (n)</translation>
    </message>
    <message>
        <source>Adjusted for observer leniency</source>
        <translation>Προσαρμοσμένο για την επιείκεια των παρατηρητών</translation>
    </message>
    <message>
        <source>✓ Ready for certification: every condition of the readiness rule is met.</source>
        <translation>✓ Έτοιμος για πιστοποίηση: πληρούνται όλες οι προϋποθέσεις του κανόνα ετοιμότητας.</translation>
    </message>
    <message>
        <source>Not ready yet: {met} of {total} conditions met.</source>
        <translation>Όχι ακόμη έτοιμος: πληρούνται {met} από {total} προϋποθέσεις.</translation>
    </message>
    <message>
        <source>The rule is shared by everyone on this database; change it with Edit ▸ Readiness rule…</source>
        <translation>Ο κανόνας είναι κοινός για όλους σε αυτή τη βάση δεδομένων· αλλάξτε τον από Επεξεργασία ▸ Κανόνας ετοιμότητας…</translation>
    </message>
    <message>
        <source>Withdraw mentor sign-off</source>
        <translation>Ανάκληση έγκρισης μέντορα</translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation>Έγκριση μέντορα</translation>
    </message>
    <message numerus="yes">
        <source>The candidate&apos;s rubric scores per delivery with their learning curve: a line on the logarithm of the delivery number, their own %n observed session(s) pooled with the cohort&apos;s curve (few sessions lean on the cohort, many on their own). The band holds 80% of single sessions; the shaded span is the 80% interval of when the rule&apos;s measured conditions are met.</source>
        <translation>
            <numerusform>Οι βαθμολογίες ρουμπρίκας του υποψηφίου ανά παράδοση με την καμπύλη μάθησής του: μια ευθεία ως προς τον λογάριθμο του αριθμού παράδοσης, από τη δική του %n συνεδρία με παρατήρηση μαζί με την καμπύλη της ομάδας (λίγες συνεδρίες στηρίζονται στην ομάδα, πολλές στα δικά του δεδομένα). Η ζώνη περιέχει το 80% των μεμονωμένων συνεδριών· η σκιασμένη περιοχή είναι το διάστημα 80% για το πότε πληρούνται οι μετρήσιμες προϋποθέσεις του κανόνα.</numerusform>
            <numerusform>Οι βαθμολογίες ρουμπρίκας του υποψηφίου ανά παράδοση με την καμπύλη μάθησής του: μια ευθεία ως προς τον λογάριθμο του αριθμού παράδοσης, από τις δικές του %n συνεδρίες με παρατήρηση μαζί με την καμπύλη της ομάδας (λίγες συνεδρίες στηρίζονται στην ομάδα, πολλές στα δικά του δεδομένα). Η ζώνη περιέχει το 80% των μεμονωμένων συνεδριών· η σκιασμένη περιοχή είναι το διάστημα 80% για το πότε πληρούνται οι μετρήσιμες προϋποθέσεις του κανόνα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each condition of the readiness rule (Edit ▸ Readiness rule…) checked against the candidate&apos;s record: %n observed session(s), {answers} answers to the overall feedback question.</source>
        <translation>
            <numerusform>Κάθε προϋπόθεση του κανόνα ετοιμότητας (Επεξεργασία ▸ Κανόνας ετοιμότητας…) ελεγμένη με τα στοιχεία του υποψηφίου: %n συνεδρία με παρατήρηση, {answers} απαντήσεις στη συνολική ερώτηση σχολίων.</numerusform>
            <numerusform>Κάθε προϋπόθεση του κανόνα ετοιμότητας (Επεξεργασία ▸ Κανόνας ετοιμότητας…) ελεγμένη με τα στοιχεία του υποψηφίου: %n συνεδρίες με παρατήρηση, {answers} απαντήσεις στη συνολική ερώτηση σχολίων.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One point per session with a score (%n here): the rubric score is the mean of the observers&apos; weighted averages; feedback is the mean of the overall question ({answers} answers in all) with its 95% interval as a band, hollow under 10 answers; learning is the normalised gain.</source>
        <translation>
            <numerusform>Ένα σημείο ανά συνεδρία με βαθμολογία (%n εδώ): η βαθμολογία ρουμπρίκας είναι ο μέσος των σταθμισμένων μέσων των παρατηρητών· τα σχόλια είναι ο μέσος της συνολικής ερώτησης ({answers} απαντήσεις συνολικά) με το διάστημα 95% ως ζώνη, κούφια κάτω από 10 απαντήσεις· η μάθηση είναι το κανονικοποιημένο κέρδος.</numerusform>
            <numerusform>Ένα σημείο ανά συνεδρία με βαθμολογία (%n εδώ): η βαθμολογία ρουμπρίκας είναι ο μέσος των σταθμισμένων μέσων των παρατηρητών· τα σχόλια είναι ο μέσος της συνολικής ερώτησης ({answers} απαντήσεις συνολικά) με το διάστημα 95% ως ζώνη, κούφια κάτω από 10 απαντήσεις· η μάθηση είναι το κανονικοποιημένο κέρδος.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each bar is the mean of the candidate&apos;s scores on one rubric criterion (%n score(s) in all, the n of each in its label); the tick is the cohort&apos;s median of every candidate&apos;s mean.</source>
        <translation>
            <numerusform>Κάθε μπάρα είναι ο μέσος των βαθμών του υποψηφίου σε ένα κριτήριο της ρουμπρίκας (%n βαθμός συνολικά, το n του καθενός στην ετικέτα του)· η γραμμή είναι η διάμεσος των μέσων όλων των υποψηφίων.</numerusform>
            <numerusform>Κάθε μπάρα είναι ο μέσος των βαθμών του υποψηφίου σε ένα κριτήριο της ρουμπρίκας (%n βαθμοί συνολικά, το n του καθενός στην ετικέτα του)· η γραμμή είναι η διάμεσος των μέσων όλων των υποψηφίων.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the certification for “{topic}” ({level})? Undo with Ctrl+Z in the main window.</source>
        <translation>Ανάκληση της πιστοποίησης για «{topic}» ({level}); Αναίρεση με Ctrl+Z στο κύριο παράθυρο.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Ημέρες στο στάδιο</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Μέντορας</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Απασχόληση</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (αρχειοθετημένος)</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Search name, email, team, site, mentor…</source>
        <translation>Αναζήτηση ονόματος, email, ομάδας, τοποθεσίας, μέντορα…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Εμφάνιση αρχειοθετημένων</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Μέντορας</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Απασχόληση</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Υποψήφιοι</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Όλα τα στάδια</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Όλοι οι μέντορες</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Όλες οι τοποθεσίες</translation>
    </message>
    <message>
        <source>The candidates could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των υποψηφίων: {reason}</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Υπάλληλοι</translation>
    </message>
    <message>
        <source>Vendor staff</source>
        <translation>Προσωπικό προμηθευτή</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Όλοι</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n υποψήφιος</numerusform>
            <numerusform>%n υποψήφιοι</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity planner</source>
        <translation>Σχεδιασμός δυναμικότητας</translation>
    </message>
    <message>
        <source>Do we have enough trainers for what is coming? One line per site and language: new hires a month, the trainer hours a class of new hires takes, how many are taught together, changes a month and the refresher hours each needs, and the knowledge base&apos;s hours. Below, each certified trainer&apos;s hours a month. Every edit is a what-if: the outlook follows at once and nothing is saved.</source>
        <translation>Έχουμε αρκετούς εκπαιδευτές για όσα έρχονται; Μία γραμμή ανά τοποθεσία και γλώσσα: νέες προσλήψεις τον μήνα, οι ώρες εκπαιδευτή που χρειάζεται μια τάξη νεοπροσληφθέντων, πόσοι διδάσκονται μαζί, αλλαγές τον μήνα και οι ώρες επανεκπαίδευσης που χρειάζεται η καθεμία, και οι ώρες της βάσης γνώσεων. Από κάτω, οι ώρες τον μήνα κάθε πιστοποιημένου εκπαιδευτή. Κάθε αλλαγή είναι ένα σενάριο: η πρόβλεψη ενημερώνεται αμέσως και τίποτα δεν αποθηκεύεται.</translation>
    </message>
    <message>
        <source>Saved plans:</source>
        <translation>Αποθηκευμένα σχέδια:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Αποθήκευση ως…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Διαγραφή σχεδίου</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Σύγκριση με:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Εξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Εξαγωγή PDF…</translation>
    </message>
    <message>
        <source>The plan as it stands on screen, with the plan compared with it, as a PDF: inputs, chart, month table and assumptions.</source>
        <translation>Το σχέδιο όπως είναι στην οθόνη, με το σχέδιο που συγκρίνεται, σε PDF: δεδομένα, διάγραμμα, πίνακας μηνών και παραδοχές.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation>Προσλήψεις τον μήνα</translation>
    </message>
    <message>
        <source>Hours a class</source>
        <translation>Ώρες ανά τάξη</translation>
    </message>
    <message>
        <source>Trainees a class</source>
        <translation>Εκπαιδευόμενοι ανά τάξη</translation>
    </message>
    <message>
        <source>Changes a month</source>
        <translation>Αλλαγές τον μήνα</translation>
    </message>
    <message>
        <source>Hours a change</source>
        <translation>Ώρες ανά αλλαγή</translation>
    </message>
    <message>
        <source>Knowledge base hours</source>
        <translation>Ώρες βάσης γνώσεων</translation>
    </message>
    <message>
        <source>Hours a class: the trainer hours one class of new hires takes. Hours a change: the refresher training one change needs. Knowledge base hours: a month, keeping it up to date.</source>
        <translation>Ώρες ανά τάξη: οι ώρες εκπαιδευτή που χρειάζεται μια τάξη νεοπροσληφθέντων. Ώρες ανά αλλαγή: η επανεκπαίδευση που χρειάζεται μία αλλαγή. Ώρες βάσης γνώσεων: τον μήνα, για να μένει ενημερωμένη.</translation>
    </message>
    <message>
        <source>Add a site and language</source>
        <translation>Προσθήκη τοποθεσίας και γλώσσας</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Certified trainer</source>
        <translation>Πιστοποιημένος εκπαιδευτής</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation>Ώρες τον μήνα</translation>
    </message>
    <message>
        <source>Add a trainer</source>
        <translation>Προσθήκη εκπαιδευτή</translation>
    </message>
    <message>
        <source>Remove trainer</source>
        <translation>Αφαίρεση εκπαιδευτή</translation>
    </message>
    <message>
        <source>Hours a month a newly ready candidate gives:</source>
        <translation>Ώρες τον μήνα που δίνει ένας νέος έτοιμος υποψήφιος:</translation>
    </message>
    <message>
        <source>Start again from the database</source>
        <translation>Ξεκίνημα ξανά από τη βάση δεδομένων</translation>
    </message>
    <message>
        <source>The plan could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του σχεδίου: {reason}</translation>
    </message>
    <message>
        <source>Candidates forecast to become ready in the next 12 months: {count}. Their hours count from the month after.</source>
        <translation>Υποψήφιοι που προβλέπεται να γίνουν έτοιμοι τους επόμενους 12 μήνες: {count}. Οι ώρες τους μετρούν από τον επόμενο μήνα.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— κανένα —</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Αποθήκευση σχεδίου</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Όνομα σχεδίου:</translation>
    </message>
    <message>
        <source>Side by side, trainers short each month: this plan {this}; {other}: {others}.</source>
        <translation>Δίπλα-δίπλα, εκπαιδευτές που λείπουν κάθε μήνα: αυτό το σχέδιο {this}· {other}: {others}.</translation>
    </message>
    <message>
        <source>line {row}</source>
        <translation>γραμμή {row}</translation>
    </message>
    <message>
        <source>trainer {row}</source>
        <translation>εκπαιδευτής {row}</translation>
    </message>
    <message>
        <source>Not a number: {where}.</source>
        <translation>Δεν είναι αριθμός: {where}.</translation>
    </message>
    <message>
        <source>This month: {needed} trainer hours needed, {available} available; short {short} hours, that is {trainers} trainers. In 12 months, with the candidates forecast to be ready: short {short_late} hours, {trainers_late} trainers.</source>
        <translation>Αυτόν τον μήνα: χρειάζονται {needed} ώρες εκπαιδευτών, υπάρχουν {available}· λείπουν {short} ώρες, δηλαδή {trainers} εκπαιδευτές. Σε 12 μήνες, με τους υποψηφίους που προβλέπεται να είναι έτοιμοι: λείπουν {short_late} ώρες, {trainers_late} εκπαιδευτές.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Mentor: {name}</source>
        <translation>Μέντορας: {name}</translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation>Χωρίς μέντορα ακόμη</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n ημέρα σε αυτό το στάδιο</numerusform>
            <numerusform>%n ημέρες σε αυτό το στάδιο</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Business case</source>
        <translation>Επιχειρηματική τεκμηρίωση</translation>
    </message>
    <message>
        <source>The session it asks for</source>
        <translation>Η συνεδρία που ζητά</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Οπτικό</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Πρακτικό</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Υποψήφιος:</translation>
    </message>
    <message>
        <source>Knowledge gap:</source>
        <translation>Κενό γνώσης:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Τίτλος:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Πρόβλημα:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Κοινό:</translation>
    </message>
    <message>
        <source>Audience size:</source>
        <translation>Μέγεθος κοινού:</translation>
    </message>
    <message>
        <source>Session outline:</source>
        <translation>Διάρθρωση συνεδρίας:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Στόχοι:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Τρόπος:</translation>
    </message>
    <message>
        <source>Content mix:</source>
        <translation>Μείγμα περιεχομένου:</translation>
    </message>
    <message>
        <source>Effort (trainer hours):</source>
        <translation>Προσπάθεια (ώρες εκπαιδευτή):</translation>
    </message>
    <message>
        <source>Expected effect:</source>
        <translation>Αναμενόμενο αποτέλεσμα:</translation>
    </message>
    <message>
        <source>Measured by:</source>
        <translation>Μέτρηση με:</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Business cases</source>
        <translation>Επιχειρηματικές τεκμηριώσεις</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Νέα τεκμηρίωση…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Knowledge gap</source>
        <translation>Κενό γνώσης</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Trainer hours</source>
        <translation>Ώρες εκπαιδευτή</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Τελευταίο βήμα</translation>
    </message>
    <message>
        <source>No business case yet. A candidate writes one for a knowledge gap: New case…</source>
        <translation>Καμία επιχειρηματική τεκμηρίωση ακόμη. Ένας υποψήφιος γράφει μία για ένα κενό γνώσης: Νέα τεκμηρίωση…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Υποβολή</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Έγκριση</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Επιστροφή…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Προγραμματισμός</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Σήμανση ως πραγματοποιημένη</translation>
    </message>
    <message>
        <source>Mark evaluated</source>
        <translation>Σήμανση ως αξιολογημένη</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Πίσω σε πρόχειρο</translation>
    </message>
    <message>
        <source>Link session…</source>
        <translation>Σύνδεση συνεδρίας…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Evidence, from the gap</source>
        <translation>Τεκμήρια, από το κενό</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Εκπρόσωποι</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>The business cases could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των επιχειρηματικών τεκμηριώσεων: {reason}</translation>
    </message>
    <message>
        <source>By {candidate} · gap: {gap} (touches {agents} agents) · {sessions} sessions
Problem: {problem}</source>
        <translation>Από {candidate} · κενό: {gap} (αφορά {agents} εκπροσώπους) · {sessions} συνεδρίες
Πρόβλημα: {problem}</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>(δεν είναι ορατό σε εσάς)</translation>
    </message>
    <message>
        <source>Effect ({measure}): measured once the case&apos;s sessions are linked and given.</source>
        <translation>Αποτέλεσμα ({measure}): μετριέται όταν συνδεθούν και πραγματοποιηθούν οι συνεδρίες.</translation>
    </message>
    <message>
        <source>Effect ({measure}): {lines}</source>
        <translation>Αποτέλεσμα ({measure}): {lines}</translation>
    </message>
    <message>
        <source>Return the case</source>
        <translation>Επιστροφή της τεκμηρίωσης</translation>
    </message>
    <message>
        <source>Why does the case go back? Its author reads this.</source>
        <translation>Γιατί επιστρέφεται η τεκμηρίωση; Ο συντάκτης θα το διαβάσει.</translation>
    </message>
    <message>
        <source>Cannot move the case</source>
        <translation>Η τεκμηρίωση δεν μπορεί να προχωρήσει</translation>
    </message>
    <message>
        <source>Link the session the case is given in</source>
        <translation>Σύνδεση της συνεδρίας όπου δίνεται η τεκμηρίωση</translation>
    </message>
    <message>
        <source>Cannot link the session</source>
        <translation>Η συνεδρία δεν μπορεί να συνδεθεί</translation>
    </message>
    <message>
        <source>Save the business case</source>
        <translation>Αποθήκευση της επιχειρηματικής τεκμηρίωσης</translation>
    </message>
</context>
<context>
    <name>CertificationDialog</name>
    <message>
        <source>Award certification — {name}</source>
        <translation>Απονομή πιστοποίησης — {name}</translation>
    </message>
    <message>
        <source>Certify &lt;b&gt;{name}&lt;/b&gt; to train a topic at a level.</source>
        <translation>Πιστοποίηση του/της &lt;b&gt;{name}&lt;/b&gt; για διδασκαλία ενός θέματος σε ένα επίπεδο.</translation>
    </message>
    <message>
        <source>Award certification</source>
        <translation>Απονομή πιστοποίησης</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Επίπεδο</translation>
    </message>
    <message>
        <source>&amp;Awarded on</source>
        <translation>&amp;Απονεμήθηκε στις</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Renew by</source>
        <translation>Α&amp;νανέωση έως</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Τεκμηρίωση</translation>
    </message>
    <message>
        <source>What the award rests on: observations, feedback, a co-delivery…</source>
        <translation>Σε τι βασίζεται η απονομή: παρατηρήσεις, σχόλια, μια συνδιδασκαλία…</translation>
    </message>
    <message>
        <source>Evidence &amp;sessions (tick the deliveries this award rests on)</source>
        <translation>&amp;Συνεδρίες τεκμηρίωσης (σημειώστε τις συνεδρίες στις οποίες βασίζεται)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Σχέδιο SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save as PNG/SVG…</source>
        <translation>Αποθήκευση ως PNG/SVG…</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Πώς υπολογίζεται αυτό;</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Αποθήκευση γραφήματος</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Το γράφημα δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>The chart could not be written: {reason}</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του γραφήματος: {reason}</translation>
    </message>
</context>
<context>
    <name>ComprehensionDialog</name>
    <message>
        <source>{topic} · {when} · {trainer} · code {code}</source>
        <translation>{topic} · {when} · {trainer} · κωδικός {code}</translation>
    </message>
    <message>
        <source>New comprehension check</source>
        <translation>Νέος έλεγχος κατανόησης</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Εισαγωγή βαθμολογιών</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Πίνακες (*.csv *.xlsx *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>…and {n} more problems.</source>
        <translation>…και {n} ακόμη προβλήματα.</translation>
    </message>
    <message>
        <source>There are no scores in this file.</source>
        <translation>Δεν υπάρχουν βαθμολογίες σε αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>Comprehension check</source>
        <translation>Έλεγχος κατανόησης</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>e.g. Refund rules quiz</source>
        <translation>π.χ. Κουίζ κανόνων επιστροφής χρημάτων</translation>
    </message>
    <message>
        <source>&amp;Maximum score:</source>
        <translation>&amp;Μέγιστη βαθμολογία:</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Με άριστα</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ημερομηνία:</translation>
    </message>
    <message>
        <source>&amp;Retention check on:</source>
        <translation>Έλεγχος &amp;διατήρησης στις:</translation>
    </message>
    <message>
        <source>One row per trainee, by an anonymous label. Type a score and press Enter to go down the column; leave a cell empty when there is no score. Rows with no score at all are not saved.</source>
        <translation>Μία γραμμή ανά εκπαιδευόμενο, με ανώνυμη ετικέτα. Πληκτρολογήστε μια βαθμολογία και πατήστε Enter για να κατεβείτε στη στήλη· αφήστε ένα κελί κενό όταν δεν υπάρχει βαθμολογία. Γραμμές χωρίς καμία βαθμολογία δεν αποθηκεύονται.</translation>
    </message>
    <message>
        <source>&amp;Add trainee</source>
        <translation>&amp;Προσθήκη εκπαιδευόμενου</translation>
    </message>
    <message>
        <source>Remo&amp;ve trainee</source>
        <translation>Α&amp;φαίρεση εκπαιδευόμενου</translation>
    </message>
    <message>
        <source>&amp;Import scores from CSV…</source>
        <translation>&amp;Εισαγωγή βαθμολογιών από CSV…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Nothing you typed differs from their version; it was moved or archived.</source>
        <translation>Τίποτα από όσα πληκτρολογήσατε δεν διαφέρει από τη δική τους έκδοση· μετακινήθηκε ή αρχειοθετήθηκε.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Δικά σας</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Δικά τους (αποθηκευμένα)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Άλλαξε από κάποιον άλλο</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it. Here is what differs:</source>
        <translation>Κάποιος άλλος το αποθήκευσε αφού το ανοίξατε. Οι διαφορές:</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Αποθήκευση των δικών μου πάνω στα δικά τους</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Χρήση των δικών τους</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Συνέχεια επεξεργασίας</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Keeps the server, database and login in your settings. The password goes into the system keyring if there is one; the settings never hold it.</source>
        <translation>Κρατά τον διακομιστή, τη βάση δεδομένων και το όνομα χρήστη στις ρυθμίσεις σας. Ο κωδικός πρόσβασης αποθηκεύεται στην κλειδοθήκη του συστήματος, αν υπάρχει· οι ρυθμίσεις δεν τον περιέχουν ποτέ.</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>αποθηκευμένος στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Σύνδεση με {server}…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Δεν ήταν δυνατή η σύνδεση: {reason}</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Ο κωδικός πρόσβασης δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password was not saved; the app never writes it in plain text. To connect without typing it each time, add this line to your PostgreSQL password file {path} (with your password in place of YOUR_PASSWORD), readable only by you (chmod 600 {path}):

{line}</source>
        <translation>Δεν υπάρχει κλειδοθήκη συστήματος σε αυτόν τον υπολογιστή, οπότε ο κωδικός πρόσβασης δεν αποθηκεύτηκε· η εφαρμογή δεν τον γράφει ποτέ ως απλό κείμενο. Για να συνδέεστε χωρίς να τον πληκτρολογείτε κάθε φορά, προσθέστε αυτή τη γραμμή στο αρχείο κωδικών του PostgreSQL {path} (με τον κωδικό σας στη θέση του YOUR_PASSWORD), αναγνώσιμο μόνο από εσάς (chmod 600 {path}):

{line}</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Σύνδεση με διακομιστή ομάδας</translation>
    </message>
    <message>
        <source>Your team&apos;s shared database on a PostgreSQL server. Ask your lead (or whoever runs the server) for these details; you sign in with your own login.</source>
        <translation>Η κοινή βάση δεδομένων της ομάδας σας σε διακομιστή PostgreSQL. Ζητήστε αυτά τα στοιχεία από τον υπεύθυνό σας (ή από όποιον διαχειρίζεται τον διακομιστή)· συνδέεστε με το δικό σας όνομα χρήστη.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>e.g. training-db.example.com</source>
        <translation>π.χ. training-db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Θύρα:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Βάση δεδομένων:</translation>
    </message>
    <message>
        <source>trainercoach</source>
        <translation>trainercoach</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Κωδικός &amp;πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Remember this server</source>
        <translation>&amp;Απομνημόνευση αυτού του διακομιστή</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Δοκιμή σύνδεσης</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Candidates in a pipeline stage, from Nominated to the last stage. Not counted: {paused} paused or withdrawn, and archived candidates.</source>
        <translation>Υποψήφιοι σε στάδιο της πορείας, από την Υποψηφιότητα ως το τελευταίο στάδιο. Δεν μετρώνται: {paused} σε παύση ή που αποχώρησαν, και οι αρχειοθετημένοι υποψήφιοι.</translation>
    </message>
    <message>
        <source>How many candidates ever reached each stage: the {active} active candidates, including {paused} since paused or withdrawn; archived candidates are left out.</source>
        <translation>Πόσοι υποψήφιοι έφτασαν ποτέ σε κάθε στάδιο: οι {active} ενεργοί υποψήφιοι, μαζί με {paused} που έκτοτε είναι σε παύση ή αποχώρησαν· οι αρχειοθετημένοι υποψήφιοι δεν μετρώνται.</translation>
    </message>
</context>
<context>
    <name>CriteriaScoreModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Βάρος</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>δεν παρατηρήθηκε</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No candidates yet&lt;/h3&gt;&lt;p&gt;Nominate your best agents as trainer candidates and follow them through the train-the-trainer pipeline. Or look around a demo database first; your own database is not touched.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Κανένας υποψήφιος ακόμη&lt;/h3&gt;&lt;p&gt;Προτείνετε τους καλύτερους αντιπροσώπους σας ως υποψήφιους εκπαιδευτές και παρακολουθήστε τους στη ροή της εκπαίδευσης του εκπαιδευτή. Ή εξερευνήστε πρώτα μια βάση δεδομένων επίδειξης· η δική σας βάση δεν αγγίζεται.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nominate a candidate…</source>
        <translation>Πρόταση υποψηφίου…</translation>
    </message>
    <message>
        <source>Explore a demo database</source>
        <translation>Εξερεύνηση βάσης δεδομένων επίδειξης</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Χρειάζονται προσοχή</translation>
    </message>
    <message>
        <source>Nothing needs your attention today: every candidate has a mentor, scored traits and a recent move, no action item is overdue and every recent session is observed.</source>
        <translation>Τίποτα δεν χρειάζεται την προσοχή σας σήμερα: κάθε υποψήφιος έχει μέντορα, βαθμολογημένα χαρακτηριστικά και πρόσφατη μετακίνηση, καμία ενέργεια δεν είναι εκπρόθεσμη και κάθε πρόσφατη συνεδρία έχει παρατηρηθεί.</translation>
    </message>
    <message>
        <source>Training assets to review</source>
        <translation>Εκπαιδευτικό υλικό προς έλεγχο</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>Εκπαιδευτικό στοιχείο</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Stale: the article changed on {day}, after the last review</source>
        <translation>Παρωχημένο: το άρθρο άλλαξε στις {day}, μετά τον τελευταίο έλεγχο</translation>
    </message>
    <message>
        <source>Review due on {day}</source>
        <translation>Έλεγχος έως {day}</translation>
    </message>
    <message numerus="yes">
        <source>{name} scores above the consensus: {bias} points in {period} (%n delivery(ies)), beyond the threshold of ±{threshold}.</source>
        <translation>
            <numerusform>{name} βαθμολογεί πάνω από τη συναίνεση: {bias} μονάδες το {period} (%n παρουσίαση), πέρα από το όριο ±{threshold}.</numerusform>
            <numerusform>{name} βαθμολογεί πάνω από τη συναίνεση: {bias} μονάδες το {period} (%n παρουσιάσεις), πέρα από το όριο ±{threshold}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} scores below the consensus: {bias} points in {period} (%n delivery(ies)), beyond the threshold of ±{threshold}.</source>
        <translation>
            <numerusform>{name} βαθμολογεί κάτω από τη συναίνεση: {bias} μονάδες το {period} (%n παρουσίαση), πέρα από το όριο ±{threshold}.</numerusform>
            <numerusform>{name} βαθμολογεί κάτω από τη συναίνεση: {bias} μονάδες το {period} (%n παρουσιάσεις), πέρα από το όριο ±{threshold}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observer bias (see the Calibration page):</source>
        <translation>Απόκλιση παρατηρητών (δείτε τη σελίδα Βαθμονόμηση):</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του πίνακα ελέγχου: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the stage “{stage}” now, counted by each candidate&apos;s current stage; archived candidates are left out.</source>
        <translation>
            <numerusform>%n υποψήφιος στο στάδιο «{stage}» τώρα, με βάση το τρέχον στάδιο κάθε υποψηφίου· οι αρχειοθετημένοι παραλείπονται.</numerusform>
            <numerusform>%n υποψήφιοι στο στάδιο «{stage}» τώρα, με βάση το τρέχον στάδιο κάθε υποψηφίου· οι αρχειοθετημένοι παραλείπονται.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the programme</source>
        <translation>
            <numerusform>%n υποψήφιος στο πρόγραμμα</numerusform>
            <numerusform>%n υποψήφιοι στο πρόγραμμα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EverydaySection</name>
    <message>
        <source>Everyday agreement: practice sessions two or more observers scored</source>
        <translation>Καθημερινή συμφωνία: πρακτικές παρουσιάσεις που βαθμολόγησαν δύο ή περισσότεροι παρατηρητές</translation>
    </message>
    <message>
        <source>The same statistics over every practice session observed by two or more observers with the same rubric version, not only exercises. Observers differ from session to session, so most sessions lack someone&apos;s score: alpha takes them all, the ICCs only sessions every observer scored.</source>
        <translation>Τα ίδια στατιστικά σε κάθε πρακτική παρουσίαση που παρατήρησαν δύο ή περισσότεροι παρατηρητές με την ίδια έκδοση ρουμπρίκας, όχι μόνο στις ασκήσεις. Οι παρατηρητές αλλάζουν από παρουσίαση σε παρουσίαση, οπότε στις περισσότερες λείπει κάποιος βαθμός: το άλφα τις παίρνει όλες, τα ICC μόνο όσες βαθμολόγησαν όλοι οι παρατηρητές.</translation>
    </message>
    <message>
        <source>No practice session has been scored by two observers yet.</source>
        <translation>Καμία πρακτική παρουσίαση δεν έχει βαθμολογηθεί ακόμη από δύο παρατηρητές.</translation>
    </message>
    <message>
        <source>Deviation from the other observers, by criterion</source>
        <translation>Απόκλιση από τους άλλους παρατηρητές, ανά κριτήριο</translation>
    </message>
    <message numerus="yes">
        <source>%n co-observed session(s) with two or more scores.</source>
        <translation>
            <numerusform>%n κοινή παρουσίαση με δύο ή περισσότερους βαθμούς.</numerusform>
            <numerusform>%n κοινές παρουσιάσεις με δύο ή περισσότερους βαθμούς.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since {date}: %n co-observed session(s) with two or more scores.</source>
        <translation>
            <numerusform>Από {date}: %n κοινή παρουσίαση με δύο ή περισσότερους βαθμούς.</numerusform>
            <numerusform>Από {date}: %n κοινές παρουσιάσεις με δύο ή περισσότερους βαθμούς.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message>
        <source>Paper forms — {topic}</source>
        <translation>Έντυπες φόρμες — {topic}</translation>
    </message>
    <message>
        <source>Session code &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}&lt;br/&gt;&lt;span style=&apos;font-weight:normal&apos;&gt;Check that each form carries this code.&lt;/span&gt;</source>
        <translation>Κωδικός συνεδρίας &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}&lt;br/&gt;&lt;span style=&apos;font-weight:normal&apos;&gt;Ελέγξτε ότι κάθε φόρμα έχει αυτόν τον κωδικό.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}, or Space to leave it blank.</source>
        <translation>Πληκτρολογήστε έναν αριθμό από {low} έως {high} ή Διάστημα για να μείνει κενό.</translation>
    </message>
    <message>
        <source>{digit} is not an answer to “{label}”: type {low} to {high}.</source>
        <translation>Το {digit} δεν είναι απάντηση στο «{label}»: πληκτρολογήστε {low} έως {high}.</translation>
    </message>
    <message>
        <source>1 form typed</source>
        <translation>1 φόρμα καταχωρίστηκε</translation>
    </message>
    <message>
        <source>{n} forms typed</source>
        <translation>{n} φόρμες καταχωρίστηκαν</translation>
    </message>
    <message numerus="yes">
        <source> (%n with unanswered questions)</source>
        <translation>
            <numerusform> (%n με αναπάντητες ερωτήσεις)</numerusform>
            <numerusform> (%n με αναπάντητες ερωτήσεις)</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} saved earlier for this session</source>
        <translation> · {n} αποθηκευμένες νωρίτερα για αυτή τη συνεδρία</translation>
    </message>
    <message>
        <source>Type at least one form before saving.</source>
        <translation>Καταχωρίστε τουλάχιστον μία φόρμα πριν από την αποθήκευση.</translation>
    </message>
    <message>
        <source>row {row}: {answered} of {total}</source>
        <translation>γραμμή {row}: {answered} από {total}</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Αναπάντητες ερωτήσεις</translation>
    </message>
    <message>
        <source>Some forms have questions left unanswered:</source>
        <translation>Κάποιες φόρμες έχουν αναπάντητες ερωτήσεις:</translation>
    </message>
    <message>
        <source>Saved as typed, the blank questions count as not answered, and each form counts as one response.</source>
        <translation>Αν αποθηκευτούν όπως γράφτηκαν, οι κενές ερωτήσεις μετρούν ως αναπάντητες και κάθε φόρμα μετρά ως μία απάντηση.</translation>
    </message>
    <message>
        <source>&amp;Save as typed</source>
        <translation>&amp;Αποθήκευση όπως γράφτηκαν</translation>
    </message>
    <message>
        <source>&amp;Go back to row {row}</source>
        <translation>&amp;Επιστροφή στη γραμμή {row}</translation>
    </message>
    <message>
        <source>Row {row}:</source>
        <translation>Γραμμή {row}:</translation>
    </message>
    <message>
        <source>Discard typed forms?</source>
        <translation>Απόρριψη των φορμών που καταχωρίστηκαν;</translation>
    </message>
    <message numerus="yes">
        <source>%n typed form(s) have not been saved. Close and lose them?</source>
        <translation>
            <numerusform>%n φόρμα που καταχωρίστηκε δεν έχει αποθηκευτεί. Κλείσιμο και απώλειά της;</numerusform>
            <numerusform>%n φόρμες που καταχωρίστηκαν δεν έχουν αποθηκευτεί. Κλείσιμο και απώλειά τους;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type paper feedback forms</source>
        <translation>Καταχώριση έντυπων φορμών σχολίων</translation>
    </message>
    <message>
        <source>One row per paper form. Type each answer&apos;s digit and the cursor moves on (type 10 as 1 then 0); Space leaves a question blank. Tab or Enter at the end of a row starts the next form. Nothing is saved until you press Save.</source>
        <translation>Μία γραμμή ανά έντυπη φόρμα. Πληκτρολογήστε το ψηφίο κάθε απάντησης και ο δρομέας προχωρά (το 10 ως 1 και μετά 0)· το Διάστημα αφήνει μια ερώτηση κενή. Tab ή Enter στο τέλος μιας γραμμής ξεκινά την επόμενη φόρμα. Τίποτα δεν αποθηκεύεται μέχρι να πατήσετε Αποθήκευση.</translation>
    </message>
    <message>
        <source>&amp;Delete this form</source>
        <translation>&amp;Διαγραφή αυτής της φόρμας</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Add an outside figure</source>
        <translation>Προσθήκη εξωτερικού δείκτη</translation>
    </message>
    <message>
        <source>Where it comes from: a report, a tool, a team</source>
        <translation>Από πού προέρχεται: αναφορά, εργαλείο, ομάδα</translation>
    </message>
    <message>
        <source>How many agents it covers (optional)</source>
        <translation>Πόσους εκπροσώπους καλύπτει (προαιρετικό)</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Δείκτης:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Πηγή:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ημερομηνία:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Τιμή:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Εκπρόσωποι:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Σημείωση:</translation>
    </message>
</context>
<context>
    <name>FigureTips</name>
    <message>
        <source>How is this computed? Press F1 with the pointer here for the user guide.</source>
        <translation>Πώς υπολογίζεται αυτό; Πατήστε F1 με τον δείκτη εδώ για τον οδηγό χρήσης.</translation>
    </message>
</context>
<context>
    <name>ForecastWords</name>
    <message>
        <source>Measured conditions met, awaiting sign-off</source>
        <translation>Αναμένει έγκριση μέντορα</translation>
    </message>
    <message>
        <source>Not enough data to forecast</source>
        <translation>Λίγα δεδομένα για πρόβλεψη</translation>
    </message>
    <message numerus="yes">
        <source>Not within %n sessions</source>
        <translation>
            <numerusform>Όχι μέσα σε %n συνεδρία</numerusform>
            <numerusform>Όχι μέσα σε %n συνεδρίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready in ~%n session(s), {interval}</source>
        <translation>
            <numerusform>Έτοιμος σε ~%n συνεδρία, {interval}</numerusform>
            <numerusform>Έτοιμος σε ~%n συνεδρ., {interval}</numerusform>
        </translation>
    </message>
    <message>
        <source>The measured conditions of the readiness rule are met; the mentor&apos;s sign-off is a person&apos;s decision and is not forecast.</source>
        <translation>Οι μετρήσιμες προϋποθέσεις του κανόνα ετοιμότητας πληρούνται· η έγκριση του μέντορα είναι απόφαση ανθρώπου και δεν προβλέπεται.</translation>
    </message>
    <message>
        <source>Not enough data to forecast: the forecast needs at least one observed session, and a cohort with five or more candidates observed three times.</source>
        <translation>Ανεπαρκή δεδομένα για πρόβλεψη: η πρόβλεψη χρειάζεται τουλάχιστον μία συνεδρία με παρατήρηση και μια ομάδα με πέντε ή περισσότερους υποψηφίους που έχουν παρατηρηθεί τρεις φορές.</translation>
    </message>
    <message numerus="yes">
        <source>Not expected to meet the readiness rule within %n more sessions at the present rate of progress.</source>
        <translation>
            <numerusform>Με τον τωρινό ρυθμό προόδου δεν αναμένεται να πληρωθεί ο κανόνας ετοιμότητας μέσα σε %n ακόμη συνεδρία.</numerusform>
            <numerusform>Με τον τωρινό ρυθμό προόδου δεν αναμένεται να πληρωθεί ο κανόνας ετοιμότητας μέσα σε %n ακόμη συνεδρίες.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected to meet the readiness rule&apos;s measured conditions in about %n more session(s) (80% interval: {interval}), around {date}</source>
        <translation>
            <numerusform>Αναμένεται να πληρωθούν οι μετρήσιμες προϋποθέσεις του κανόνα ετοιμότητας σε περίπου %n ακόμη συνεδρία (διάστημα 80%: {interval}), γύρω στις {date}</numerusform>
            <numerusform>Αναμένεται να πληρωθούν οι μετρήσιμες προϋποθέσεις του κανόνα ετοιμότητας σε περίπου %n ακόμη συνεδρίες (διάστημα 80%: {interval}), γύρω στις {date}</numerusform>
        </translation>
    </message>
    <message>
        <source> (between {low} and {high})</source>
        <translation> (μεταξύ {low} και {high})</translation>
    </message>
    <message>
        <source> (from {low})</source>
        <translation> (από {low})</translation>
    </message>
    <message numerus="yes">
        <source>, at one session every %n day(s).</source>
        <translation>
            <numerusform>, με μία συνεδρία κάθε %n ημέρα.</numerusform>
            <numerusform>, με μία συνεδρία κάθε %n ημέρες.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <source>Knowledge gap</source>
        <translation>Κενό γνώσης</translation>
    </message>
    <message>
        <source>What agents struggle with, e.g. refunds after 30 days</source>
        <translation>Τι δυσκολεύει τους εκπροσώπους, π.χ. επιστροφές μετά από 30 ημέρες</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Περιγραφή:</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Knowledge gaps</source>
        <translation>Κενά γνώσης</translation>
    </message>
    <message>
        <source>New gap…</source>
        <translation>Νέο κενό…</translation>
    </message>
    <message>
        <source>From a missed question…</source>
        <translation>Από ερώτηση που χάθηκε…</translation>
    </message>
    <message>
        <source>Start a gap from a check question most trainees got wrong</source>
        <translation>Ξεκινήστε ένα κενό από ερώτηση ελέγχου που οι περισσότεροι εκπαιδευόμενοι απάντησαν λάθος</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμηρίωση</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Εκπρόσωποι</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Τάση</translation>
    </message>
    <message>
        <source>Business cases</source>
        <translation>Επιχειρηματικές τεκμηριώσεις</translation>
    </message>
    <message>
        <source>No knowledge gap yet. Start one from a check question most trainees missed, or with New gap…</source>
        <translation>Κανένα κενό γνώσης ακόμη. Ξεκινήστε ένα από ερώτηση ελέγχου που οι περισσότεροι απάντησαν λάθος ή με Νέο κενό…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Add figure…</source>
        <translation>Προσθήκη δείκτη…</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>Εισαγωγή δεικτών…</translation>
    </message>
    <message>
        <source>Outside figures from a CSV or Excel file: columns date, kind, value, source, agents and note</source>
        <translation>Εξωτερικοί δείκτες από αρχείο CSV ή Excel: στήλες ημερομηνία, είδος, τιμή, πηγή, πράκτορες και σημείωση</translation>
    </message>
    <message>
        <source>Link a record…</source>
        <translation>Σύνδεση εγγραφής…</translation>
    </message>
    <message>
        <source>A check, a check question, a feedback comment or an action item</source>
        <translation>Ένας έλεγχος, μια ερώτηση ελέγχου, ένα σχόλιο αξιολόγησης ή μια ενέργεια</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Αφαίρεση τεκμηρίου</translation>
    </message>
    <message>
        <source>Write a business case…</source>
        <translation>Σύνταξη επιχειρηματικής τεκμηρίωσης…</translation>
    </message>
    <message>
        <source>A case for a new session that closes this gap</source>
        <translation>Τεκμηρίωση για νέα συνεδρία που κλείνει αυτό το κενό</translation>
    </message>
    <message>
        <source>Close gap</source>
        <translation>Κλείσιμο κενού</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>The knowledge gaps could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των κενών γνώσης: {reason}</translation>
    </message>
    <message>
        <source>Knowledge gap: {topic}</source>
        <translation>Κενό γνώσης: {topic}</translation>
    </message>
    <message>
        <source>{count} pieces of evidence · touches {agents} agents · {trend}
{description}</source>
        <translation>{count} τεκμήρια · αφορά {agents} εκπροσώπους · {trend}
{description}</translation>
    </message>
    <message>
        <source>Reopen gap</source>
        <translation>Επαναφορά κενού</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>(δεν είναι ορατό σε εσάς)</translation>
    </message>
    <message>
        <source>Start a gap from a check question</source>
        <translation>Νέο κενό από ερώτηση ελέγχου</translation>
    </message>
    <message>
        <source>Cannot add the gap</source>
        <translation>Το κενό δεν μπορεί να προστεθεί</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Εισαγωγή δεικτών</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Πίνακες (*.csv *.xlsx *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>… και {count} ακόμη προβλήματα.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has {count} problems.</source>
        <translation>Δεν εισήχθη τίποτα: το αρχείο έχει {count} προβλήματα.</translation>
    </message>
    <message>
        <source>Cannot import the figures</source>
        <translation>Δεν είναι δυνατή η εισαγωγή των δεικτών</translation>
    </message>
    <message>
        <source>Link a record as evidence</source>
        <translation>Σύνδεση εγγραφής ως τεκμηρίου</translation>
    </message>
    <message>
        <source>Cannot link it</source>
        <translation>Δεν μπορεί να συνδεθεί</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Οδηγός χρήσης</translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message>
        <source>Into session &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}</source>
        <translation>Στη συνεδρία &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— παράβλεψη —</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Σχόλιο</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Ώρα απάντησης</translation>
    </message>
    <message>
        <source>{label} (no longer asked)</source>
        <translation>{label} (δεν ρωτιέται πλέον)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Εισαγωγή σχολίων</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Εξαγωγές ερευνών (*.csv *.xlsx *.xlsm *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>✔ certain</source>
        <translation>✔ βέβαιο</translation>
    </message>
    <message>
        <source>✔ likely</source>
        <translation>✔ πιθανό</translation>
    </message>
    <message>
        <source>? a guess: check it</source>
        <translation>? εικασία: ελέγξτε την</translation>
    </message>
    <message>
        <source>from the preset</source>
        <translation>από την προρύθμιση</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>δική σας επιλογή</translation>
    </message>
    <message>
        <source>— not placed</source>
        <translation>— δεν τοποθετήθηκε</translation>
    </message>
    <message>
        <source>— none: guess from the headers —</source>
        <translation>— καμία: εκτίμηση από τις επικεφαλίδες —</translation>
    </message>
    <message>
        <source>Save the mapping as a preset</source>
        <translation>Αποθήκευση της αντιστοίχισης ως προρύθμισης</translation>
    </message>
    <message>
        <source>Name (e.g. the survey tool it is for):</source>
        <translation>Όνομα (π.χ. το εργαλείο έρευνας για το οποίο είναι):</translation>
    </message>
    <message>
        <source>Preset not saved</source>
        <translation>Η προρύθμιση δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Ανάγνωση του αρχείου…</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>κόμμα</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ερωτηματικό (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>στηλοθέτη (tab)</translation>
    </message>
    <message>
        <source>{kind}, {encoding}, separated by {sep}</source>
        <translation>{kind}, {encoding}, διαχωρισμός με {sep}</translation>
    </message>
    <message>
        <source>{info} · {n} rows below the header</source>
        <translation>{info} · {n} γραμμές κάτω από την επικεφαλίδα</translation>
    </message>
    <message>
        <source>recognised as a {tool} export</source>
        <translation>αναγνωρίστηκε ως εξαγωγή {tool}</translation>
    </message>
    <message>
        <source>…and {n} more problems.</source>
        <translation>…και {n} ακόμη προβλήματα.</translation>
    </message>
    <message>
        <source>This file was already imported on {when} by {who} ({n} forms into session {session}). You will be asked before it is imported again.</source>
        <translation>Αυτό το αρχείο έχει ήδη εισαχθεί στις {when} από {who} ({n} φόρμες στη συνεδρία {session}). Θα ερωτηθείτε πριν εισαχθεί ξανά.</translation>
    </message>
    <message>
        <source>The response times are marked {names}, which could mean more than one time zone: you will be asked which, then shown the preview again.</source>
        <translation>Οι χρόνοι απάντησης έχουν την ένδειξη {names}, που μπορεί να σημαίνει περισσότερες από μία ζώνες ώρας: θα ερωτηθείτε ποια, και μετά θα δείτε ξανά την προεπισκόπηση.</translation>
    </message>
    <message>
        <source>The response times could be day/month or month/day (such as 10/11): you will be asked which, then shown the preview again.</source>
        <translation>Οι ώρες απάντησης μπορεί να είναι ημέρα/μήνας ή μήνας/ημέρα (όπως 10/11): θα ερωτηθείτε ποιο ισχύει και μετά θα δείτε ξανά την προεπισκόπηση.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) dated before the session began or more than {days} days after it (marked below): you will be asked whether to import them or leave them out.</source>
        <translation>
            <numerusform>%n φόρμα με ημερομηνία πριν αρχίσει η συνεδρία ή περισσότερες από {days} ημέρες μετά (σημειώνεται παρακάτω): θα ερωτηθείτε αν θα εισαχθεί ή θα μείνει εκτός.</numerusform>
            <numerusform>%n φόρμες με ημερομηνία πριν αρχίσει η συνεδρία ή περισσότερες από {days} ημέρες μετά (σημειώνονται παρακάτω): θα ερωτηθείτε αν θα εισαχθούν ή θα μείνουν εκτός.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is a rating: only comments would be imported. You will be asked to confirm that this form has comments only.</source>
        <translation>Καμία στήλη δεν είναι βαθμολογία: θα εισαχθούν μόνο σχόλια. Θα σας ζητηθεί να επιβεβαιώσετε ότι η φόρμα έχει μόνο σχόλια.</translation>
    </message>
    <message>
        <source>{n} feedback forms will be imported</source>
        <translation>Θα εισαχθούν {n} φόρμες σχολίων</translation>
    </message>
    <message>
        <source> ({n} blank rows skipped)</source>
        <translation> ({n} κενές γραμμές παραλείπονται)</translation>
    </message>
    <message>
        <source> ({n} dated outside the session left out)</source>
        <translation> ({n} με ημερομηνία εκτός συνεδρίας μένουν εκτός)</translation>
    </message>
    <message>
        <source>Fix the problems below (in the file, or in the mapping) to import; nothing is imported while any remain.</source>
        <translation>Διορθώστε τα παρακάτω προβλήματα (στο αρχείο ή στην αντιστοίχιση) για να γίνει η εισαγωγή· τίποτα δεν εισάγεται όσο υπάρχουν.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>A blank row: skipped</source>
        <translation>Κενή γραμμή: παραλείπεται</translation>
    </message>
    <message>
        <source>Dated outside the session</source>
        <translation>Ημερομηνία εκτός συνεδρίας</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Κανένα πρόβλημα</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n πρόβλημα</numerusform>
            <numerusform>%n προβλήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>Πρώτα η ημέρα ή ο μήνας;</translation>
    </message>
    <message>
        <source>Every response time in this file could be read day/month or month/day (such as 10/11/2025). Which does the file use?</source>
        <translation>Κάθε ώρα απάντησης σε αυτό το αρχείο μπορεί να διαβαστεί ως ημέρα/μήνας ή μήνας/ημέρα (όπως 10/11/2025). Ποιο χρησιμοποιεί το αρχείο;</translation>
    </message>
    <message>
        <source>Day first (10 November)</source>
        <translation>Πρώτα η ημέρα (10 Νοεμβρίου)</translation>
    </message>
    <message>
        <source>Month first (October 11)</source>
        <translation>Πρώτα ο μήνας (11 Οκτωβρίου)</translation>
    </message>
    <message>
        <source>{name} — {meaning}, {offset}</source>
        <translation>{name} — {meaning}, {offset}</translation>
    </message>
    <message>
        <source>Which time zone is {name}?</source>
        <translation>Ποια ζώνη ώρας είναι η {name};</translation>
    </message>
    <message>
        <source>The response times in this file are marked {name}, a name that several time zones share. Which one did the survey use?</source>
        <translation>Οι χρόνοι απάντησης σε αυτό το αρχείο έχουν την ένδειξη {name}, ένα όνομα που το μοιράζονται αρκετές ζώνες ώρας. Ποια χρησιμοποίησε η έρευνα;</translation>
    </message>
    <message>
        <source>Forms dated outside the session</source>
        <translation>Φόρμες με ημερομηνία εκτός συνεδρίας</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) dated before the session began or more than {days} days after it: they may belong to another session.

Import them into this session, or leave them out?</source>
        <translation>
            <numerusform>%n φόρμα έχει ημερομηνία πριν αρχίσει η συνεδρία ή περισσότερες από {days} ημέρες μετά: ίσως ανήκει σε άλλη συνεδρία.

Να εισαχθεί σε αυτή τη συνεδρία ή να μείνει εκτός;</numerusform>
            <numerusform>%n φόρμες έχουν ημερομηνία πριν αρχίσει η συνεδρία ή περισσότερες από {days} ημέρες μετά: ίσως ανήκουν σε άλλη συνεδρία.

Να εισαχθούν σε αυτή τη συνεδρία ή να μείνουν εκτός;</numerusform>
        </translation>
    </message>
    <message>
        <source>Import them</source>
        <translation>Εισαγωγή τους</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Να μείνουν εκτός</translation>
    </message>
    <message>
        <source>Import comments only?</source>
        <translation>Εισαγωγή μόνο σχολίων;</translation>
    </message>
    <message>
        <source>No column is mapped to a rating, so only the comments would be imported and every rating in the file dropped.

Does this form really have comments only?</source>
        <translation>Καμία στήλη δεν αντιστοιχεί σε βαθμολογία, οπότε θα εισάγονταν μόνο τα σχόλια και θα χάνονταν όλες οι βαθμολογίες του αρχείου.

Έχει πράγματι αυτή η φόρμα μόνο σχόλια;</translation>
    </message>
    <message>
        <source>Import the same file again?</source>
        <translation>Εισαγωγή του ίδιου αρχείου ξανά;</translation>
    </message>
    <message>
        <source>Import it again only if it really holds other forms. Import again?</source>
        <translation>Εισαγάγετέ το ξανά μόνο αν πράγματι περιέχει άλλες φόρμες. Εισαγωγή ξανά;</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>Feedback imported</source>
        <translation>Τα σχόλια εισήχθησαν</translation>
    </message>
    <message>
        <source>Not imported: the file was imported before.</source>
        <translation>Δεν εισήχθη: το αρχείο είχε εισαχθεί ήδη.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>Η εισαγωγή απέτυχε: {error}</translation>
    </message>
    <message>
        <source>Import trainee feedback</source>
        <translation>Εισαγωγή σχολίων εκπαιδευομένων</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a survey tool, or the generic feedback file</source>
        <translation>Εξαγωγή CSV ή XLSX από εργαλείο έρευνας, ή το γενικό αρχείο σχολίων</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Επιλογή…</translation>
    </message>
    <message>
        <source>Which question each column answers</source>
        <translation>Σε ποια ερώτηση απαντά κάθε στήλη</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Προρύθμιση:</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Αποθήκευση ως προρύθμιση…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Στήλη στο αρχείο</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Αντιστοιχεί σε</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Βεβαιότητα</translation>
    </message>
    <message>
        <source>How sure the guess from the column&apos;s wording is: certain, likely (imported without asking) or a guess to check</source>
        <translation>Πόσο βέβαιη είναι η εικασία από τη διατύπωση της στήλης: βέβαιη, πιθανή (εισάγεται χωρίς ερώτηση) ή εικασία προς έλεγχο</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Πρώτη απάντηση</translation>
    </message>
    <message>
        <source>Preview of the first rows, as they will be imported</source>
        <translation>Προεπισκόπηση των πρώτων γραμμών, όπως θα εισαχθούν</translation>
    </message>
    <message>
        <source>Cancel i&amp;mport</source>
        <translation>Ακύρωση ει&amp;σαγωγής</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
</context>
<context>
    <name>KioskCodeDialog</name>
    <message>
        <source>Start the feedback kiosk</source>
        <translation>Έναρξη του κιόσκι σχολίων</translation>
    </message>
    <message>
        <source>Choose an unlock code of {low} to {high} digits. Trainees cannot leave the kiosk without it; you will need it to finish.</source>
        <translation>Επιλέξτε έναν κωδικό ξεκλειδώματος {low} έως {high} ψηφίων. Οι εκπαιδευόμενοι δεν μπορούν να βγουν από το κιόσκι χωρίς αυτόν· θα τον χρειαστείτε για να τελειώσετε.</translation>
    </message>
    <message>
        <source>Finish the kiosk</source>
        <translation>Τέλος του κιόσκι</translation>
    </message>
    <message>
        <source>Trainer: type the unlock code to leave the kiosk.</source>
        <translation>Εκπαιδευτή: πληκτρολογήστε τον κωδικό ξεκλειδώματος για να βγείτε από το κιόσκι.</translation>
    </message>
    <message>
        <source>That is not the unlock code.</source>
        <translation>Αυτός δεν είναι ο κωδικός ξεκλειδώματος.</translation>
    </message>
    <message>
        <source>The code is {low} to {high} digits.</source>
        <translation>Ο κωδικός έχει {low} έως {high} ψηφία.</translation>
    </message>
    <message>
        <source>The two codes differ: type the same code twice.</source>
        <translation>Οι δύο κωδικοί διαφέρουν: πληκτρολογήστε τον ίδιο κωδικό δύο φορές.</translation>
    </message>
    <message>
        <source>Kiosk unlock code</source>
        <translation>Κωδικός ξεκλειδώματος κιόσκι</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Κωδικός:</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 έως 8 ψηφία</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ξανά:</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Strongly disagree</source>
        <translation>Διαφωνώ απόλυτα</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Συμφωνώ απόλυτα</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Καθόλου πιθανό</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Εξαιρετικά πιθανό</translation>
    </message>
    <message>
        <source>Feedback — {topic}</source>
        <translation>Σχόλια — {topic}</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved. The form is ready for the next person.</source>
        <translation>Ευχαριστούμε! Οι απαντήσεις σας αποθηκεύτηκαν. Η φόρμα είναι έτοιμη για τον επόμενο.</translation>
    </message>
    <message>
        <source>Kiosk finished</source>
        <translation>Το κιόσκι τελείωσε</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s) collected in this kiosk round.</source>
        <translation>
            <numerusform>Συλλέχθηκε %n φόρμα σχολίων σε αυτόν τον γύρο του κιόσκι.</numerusform>
            <numerusform>Συλλέχθηκαν %n φόρμες σχολίων σε αυτόν τον γύρο του κιόσκι.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Σχόλια για τη συνεδρία</translation>
    </message>
    <message>
        <source>Finish (trainer)</source>
        <translation>Τέλος (εκπαιδευτής)</translation>
    </message>
    <message>
        <source>Your answers are anonymous. Tap one number per question; leave out any you prefer not to answer.</source>
        <translation>Οι απαντήσεις σας είναι ανώνυμες. Πατήστε έναν αριθμό ανά ερώτηση· παραλείψτε όποια προτιμάτε να μην απαντήσετε.</translation>
    </message>
    <message>
        <source>Anything else you would like to say? (optional)</source>
        <translation>Θέλετε να πείτε κάτι άλλο; (προαιρετικό)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Υποβολή</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Trainer Coach will use the new language the next time it starts.</source>
        <translation>Το Trainer Coach θα χρησιμοποιήσει τη νέα γλώσσα την επόμενη φορά που θα ξεκινήσει.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Υποψήφιοι</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Πρόγραμμα</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Βαθμονόμηση</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Δυναμικότητα</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Υλικό</translation>
    </message>
    <message>
        <source>Knowledge gaps</source>
        <translation>Κενά γνώσης</translation>
    </message>
    <message>
        <source>Business cases</source>
        <translation>Επιχειρηματικές τεκμηριώσεις</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Άνοιγμα της βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Demo database — changes are thrown away when you quit</source>
        <translation>Βάση δεδομένων επίδειξης — οι αλλαγές χάνονται όταν κλείσετε</translation>
    </message>
    <message>
        <source>Trainer Coach — {where}</source>
        <translation>Trainer Coach — {where}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>επίδειξη</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Προστέθηκε: {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Αποθηκεύτηκε: {name}</translation>
    </message>
    <message>
        <source>Archived {name}. Undo with Ctrl+Z.</source>
        <translation>Αρχειοθετήθηκε: {name}. Αναίρεση με Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Επαναφέρθηκε: {name}.</translation>
    </message>
    <message>
        <source>Readiness rule saved</source>
        <translation>Ο κανόνας ετοιμότητας αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Logged {topic}</source>
        <translation>Καταγράφηκε: {topic}</translation>
    </message>
    <message>
        <source>Saved {topic}</source>
        <translation>Αποθηκεύτηκε: {topic}</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>παρατήρηση</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>παρατηρήσεις</translation>
    </message>
    <message>
        <source>trainee feedback form</source>
        <translation>φόρμα σχολίων εκπαιδευομένων</translation>
    </message>
    <message>
        <source>trainee feedback forms</source>
        <translation>φόρμες σχολίων εκπαιδευομένων</translation>
    </message>
    <message>
        <source>comprehension check</source>
        <translation>έλεγχος κατανόησης</translation>
    </message>
    <message>
        <source>comprehension checks</source>
        <translation>έλεγχοι κατανόησης</translation>
    </message>
    <message>
        <source>Its {parts} will be deleted with it.</source>
        <translation>Θα διαγραφούν μαζί της: {parts}.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for it yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη τίποτα για αυτή.</translation>
    </message>
    <message>
        <source>Delete the session “{topic}” of {candidate}?

{goes} Edit ▸ Undo brings it all back.</source>
        <translation>Διαγραφή της συνεδρίας «{topic}» του/της {candidate};

{goes} Με Επεξεργασία ▸ Αναίρεση επανέρχονται όλα.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Διαγραφή συνεδρίας</translation>
    </message>
    <message>
        <source>Deleted {topic}</source>
        <translation>Διαγράφηκε: {topic}</translation>
    </message>
    <message>
        <source>Observation saved</source>
        <translation>Η παρατήρηση αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Rubric saved as a new version</source>
        <translation>Η ρουμπρίκα αποθηκεύτηκε ως νέα έκδοση</translation>
    </message>
    <message>
        <source>Evaluation exported</source>
        <translation>Η αξιολόγηση εξήχθη</translation>
    </message>
    <message>
        <source>Session report exported</source>
        <translation>Η αναφορά συνεδρίας εξήχθη</translation>
    </message>
    <message>
        <source>Programme report exported</source>
        <translation>Η αναφορά προγράμματος εξήχθη</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Αναιρέθηκε: {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>Επαναλήφθηκε: {label}</translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Αναίρεση: {label}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation>&amp;Επανάληψη: {label}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Back up a team server with pg_dump.</source>
        <translation>Δημιουργήστε αντίγραφο ασφαλείας ενός διακομιστή ομάδας με το pg_dump.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Αντίγραφο ασφαλείας βάσης δεδομένων</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>Βάση δεδομένων SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Το αντίγραφο ασφαλείας γράφτηκε στο {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Άνοιγμα βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Trainer Coach database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Βάση δεδομένων Trainer Coach (*.sqlite3 *.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>About Trainer Coach</source>
        <translation>Σχετικά με το Trainer Coach</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>δεν έχει ανοίξει ακόμη</translation>
    </message>
    <message>
        <source>Qt {qt} (PySide6 {pyside}), Python {python}, {database}, schema {schema}</source>
        <translation>Qt {qt} (PySide6 {pyside}), Python {python}, {database}, σχήμα {schema}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trainer Coach {version}&lt;/h3&gt;&lt;p&gt;Grow your own trainers: candidates, the g2g pipeline, observations, feedback and certification.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainer Coach {version}&lt;/h3&gt;&lt;p&gt;Αναπτύξτε τους δικούς σας εκπαιδευτές: υποψήφιοι, η ροή g2g, παρατηρήσεις, σχόλια και πιστοποίηση.&lt;/p&gt;&lt;p&gt;Βάση δεδομένων: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trainer Coach</source>
        <translation>Trainer Coach</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Υποψήφιος</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Συνεδρία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Ά&amp;νοιγμα βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a &amp;demo database</source>
        <translation>Άνοιγμα βάσης δεδομένων &amp;επίδειξης</translation>
    </message>
    <message>
        <source>A throwaway database full of examples; your own data is not touched</source>
        <translation>Μια προσωρινή βάση δεδομένων γεμάτη παραδείγματα· τα δικά σας δεδομένα δεν αγγίζονται</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Αντίγραφο &amp;ασφαλείας βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Επαναφορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the database as it is now is backed up first)</source>
        <translation>Τοποθέτηση ενός αντιγράφου ασφαλείας στη θέση της βάσης δεδομένων (η βάση δεδομένων όπως είναι τώρα αντιγράφεται πρώτα)</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>Εξαγωγή &amp;λίστας…</translation>
    </message>
    <message>
        <source>The candidates (or, on the sessions page, the sessions) as a spreadsheet: CSV for Excel or XLSX</source>
        <translation>Οι υποψήφιοι (ή, στη σελίδα συνεδριών, οι συνεδρίες) ως υπολογιστικό φύλλο: CSV για Excel ή XLSX</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find candidate</source>
        <translation>Εύ&amp;ρεση υποψηφίου</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Πίνακας &amp;ελέγχου</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Ροή</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Υποψήφιοι</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Α&amp;νανέωση</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Νέος υποψήφιος…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open candidate…</source>
        <translation>Ά&amp;νοιγμα υποψηφίου…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Archive candidate</source>
        <translation>Α&amp;ρχειοθέτηση υποψηφίου</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>Ά&amp;τομα…</translation>
    </message>
    <message>
        <source>Leads and trainers who mentor and nominate candidates</source>
        <translation>Υπεύθυνοι και εκπαιδευτές που καθοδηγούν και προτείνουν υποψηφίους</translation>
    </message>
    <message>
        <source>Configure &amp;stages…</source>
        <translation>Ρύθμιση &amp;σταδίων…</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Συνεδρίες</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>Π&amp;ρόγραμμα</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>The funnel, time in stage, trends and certification across the programme</source>
        <translation>Η χοάνη, ο χρόνος ανά στάδιο, οι τάσεις και οι πιστοποιήσεις σε όλο το πρόγραμμα</translation>
    </message>
    <message>
        <source>Readiness &amp;rule…</source>
        <translation>&amp;Κανόνας ετοιμότητας…</translation>
    </message>
    <message>
        <source>When a candidate is ready for certification: the rule everyone on this database shares</source>
        <translation>Πότε ένας υποψήφιος είναι έτοιμος για πιστοποίηση: ο κανόνας που μοιράζονται όλοι σε αυτή τη βάση δεδομένων</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Νέα &amp;συνεδρία…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Log a practice delivery a candidate gave</source>
        <translation>Καταγραφή μιας πρακτικής συνεδρίας που πραγματοποίησε ένας υποψήφιος</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>Ά&amp;νοιγμα συνεδρίας</translation>
    </message>
    <message>
        <source>Show the selected session with its observations, feedback and checks</source>
        <translation>Εμφάνιση της επιλεγμένης συνεδρίας με τις παρατηρήσεις, τα σχόλια και τους ελέγχους της</translation>
    </message>
    <message>
        <source>&amp;Edit session details…</source>
        <translation>&amp;Επεξεργασία στοιχείων συνεδρίας…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>&amp;Διαγραφή συνεδρίας…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete the session with its observations, feedback and checks (asks first)</source>
        <translation>Διαγραφή της συνεδρίας με τις παρατηρήσεις, τα σχόλια και τους ελέγχους της (ρωτά πρώτα)</translation>
    </message>
    <message>
        <source>O&amp;bserve…</source>
        <translation>&amp;Παρατήρηση…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Score the session against the rubric</source>
        <translation>Βαθμολόγηση της συνεδρίας με τη ρουμπρίκα</translation>
    </message>
    <message>
        <source>Enter &amp;feedback…</source>
        <translation>Καταχώριση &amp;σχολίων…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Type in trainees&apos; paper feedback forms</source>
        <translation>Καταχώριση των έντυπων φορμών σχολίων των εκπαιδευομένων</translation>
    </message>
    <message>
        <source>&amp;Kiosk…</source>
        <translation>&amp;Κιόσκι…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Full-screen anonymous feedback on this computer, one trainee after another</source>
        <translation>Ανώνυμα σχόλια σε πλήρη οθόνη σε αυτόν τον υπολογιστή, ένας εκπαιδευόμενος μετά τον άλλο</translation>
    </message>
    <message>
        <source>&amp;Import feedback…</source>
        <translation>&amp;Εισαγωγή σχολίων…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import a survey export (CSV or XLSX)</source>
        <translation>Εισαγωγή εξαγωγής έρευνας (CSV ή XLSX)</translation>
    </message>
    <message>
        <source>&amp;Print feedback form…</source>
        <translation>Ε&amp;κτύπωση φόρμας σχολίων…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save a printable feedback form (PDF) carrying the session&apos;s code</source>
        <translation>Αποθήκευση εκτυπώσιμης φόρμας σχολίων (PDF) με τον κωδικό της συνεδρίας</translation>
    </message>
    <message>
        <source>&amp;Comprehension check…</source>
        <translation>Έλεγχος &amp;κατανόησης…</translation>
    </message>
    <message>
        <source>A daily quiz, practical task test or oral exam: scores before and after</source>
        <translation>Καθημερινό κουίζ, τεστ πρακτικών εργασιών ή προφορική εξέταση: βαθμολογίες πριν και μετά</translation>
    </message>
    <message>
        <source>&amp;Rubrics…</source>
        <translation>&amp;Ρουμπρίκες…</translation>
    </message>
    <message>
        <source>Edit the observation rubric; saving makes a new version</source>
        <translation>Επεξεργασία της ρουμπρίκας παρατήρησης· η αποθήκευση δημιουργεί νέα έκδοση</translation>
    </message>
    <message>
        <source>Export all &amp;evaluations…</source>
        <translation>Εξαγωγή όλων των &amp;αξιολογήσεων…</translation>
    </message>
    <message>
        <source>Every candidate&apos;s trainer evaluation as a PDF, into one folder</source>
        <translation>Η αξιολόγηση εκπαιδευτή κάθε υποψηφίου ως PDF, σε έναν φάκελο</translation>
    </message>
    <message>
        <source>Export &amp;programme report…</source>
        <translation>Εξαγωγή αναφοράς &amp;προγράμματος…</translation>
    </message>
    <message>
        <source>The funnel, KPIs, every candidate and the trends as a PDF for managers</source>
        <translation>Η χοάνη, οι βασικοί δείκτες, κάθε υποψήφιος και οι τάσεις ως PDF για διευθυντές</translation>
    </message>
    <message>
        <source>E&amp;xport evaluation…</source>
        <translation>Ε&amp;ξαγωγή αξιολόγησης…</translation>
    </message>
    <message>
        <source>The selected candidate&apos;s trainer evaluation as a PDF</source>
        <translation>Η αξιολόγηση εκπαιδευτή του επιλεγμένου υποψηφίου ως PDF</translation>
    </message>
    <message>
        <source>E&amp;xport session report…</source>
        <translation>Ε&amp;ξαγωγή αναφοράς συνεδρίας…</translation>
    </message>
    <message>
        <source>This session&apos;s details, observations, feedback and comprehension results as a PDF</source>
        <translation>Τα στοιχεία, οι παρατηρήσεις, τα σχόλια και τα αποτελέσματα κατανόησης αυτής της συνεδρίας ως PDF</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>How the figures are computed, and how to run a kiosk and paper feedback forms; with the pointer on a figure, F1 opens the section that explains it</source>
        <translation>Πώς υπολογίζονται τα νούμερα, και πώς λειτουργούν το κιόσκι και οι φόρμες σχολίων σε χαρτί· με τον δείκτη πάνω σε ένα νούμερο, το F1 ανοίγει την ενότητα που το εξηγεί</translation>
    </message>
    <message>
        <source>&amp;About Trainer Coach</source>
        <translation>&amp;Σχετικά με το Trainer Coach</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not saved</source>
        <translation>Δεν αποθηκεύτηκε</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name}</source>
        <translation>Μετακίνηση: {name}</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;{name}&lt;/b&gt; from &lt;b&gt;{source}&lt;/b&gt; to &lt;b&gt;{target}&lt;/b&gt;.</source>
        <translation>Μετακίνηση του/της &lt;b&gt;{name}&lt;/b&gt; από &lt;b&gt;{source}&lt;/b&gt; σε &lt;b&gt;{target}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n candidates</source>
        <translation>
            <numerusform>Μετακίνηση %n υποψηφίου</numerusform>
            <numerusform>Μετακίνηση %n υποψηφίων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n candidates to &lt;b&gt;{target}&lt;/b&gt;: {names}.</source>
        <translation>
            <numerusform>Μετακίνηση %n υποψηφίου σε &lt;b&gt;{target}&lt;/b&gt;: {names}.</numerusform>
            <numerusform>Μετακίνηση %n υποψηφίων σε &lt;b&gt;{target}&lt;/b&gt;: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This move skips {stages}. Check that this is meant before you press OK.</source>
        <translation>Αυτή η μετακίνηση παραλείπει: {stages}. Βεβαιωθείτε ότι αυτό θέλετε πριν πατήσετε OK.</translation>
    </message>
    <message>
        <source>Move candidate</source>
        <translation>Μετακίνηση υποψηφίου</translation>
    </message>
    <message>
        <source>&amp;Why? The reason stays in the candidate&apos;s timeline.</source>
        <translation>&amp;Γιατί; Η αιτία μένει στο χρονολόγιο του υποψηφίου.</translation>
    </message>
    <message>
        <source>e.g. Passed the screening interview with strong presenting skills</source>
        <translation>π.χ. Πέρασε τη συνέντευξη αξιολόγησης με ισχυρές δεξιότητες παρουσίασης</translation>
    </message>
</context>
<context>
    <name>NewExerciseDialog</name>
    <message>
        <source>New calibration exercise</source>
        <translation>Νέα άσκηση βαθμονόμησης</translation>
    </message>
    <message>
        <source>e.g. March calibration</source>
        <translation>π.χ. Βαθμονόμηση Μαρτίου</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, έκδοση %2</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Ρουμπρίκα:</translation>
    </message>
    <message>
        <source>Practice sessions to score:</source>
        <translation>Πρακτικές συνεδρίες για βαθμολόγηση:</translation>
    </message>
    <message>
        <source>Recordings to score (one link a line):</source>
        <translation>Βιντεοσκοπήσεις για βαθμολόγηση (ένας σύνδεσμος ανά γραμμή):</translation>
    </message>
    <message>
        <source>Observers (two or more):</source>
        <translation>Παρατηρητές (δύο ή περισσότεροι):</translation>
    </message>
    <message>
        <source>Create exercise</source>
        <translation>Δημιουργία άσκησης</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Βιντεοσκόπηση %1</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>&lt;b&gt;{topic}&lt;/b&gt; — {candidate}, {when}</source>
        <translation>&lt;b&gt;{topic}&lt;/b&gt; — {candidate}, {when}</translation>
    </message>
    <message>
        <source>Observation of {topic}</source>
        <translation>Παρατήρηση: {topic}</translation>
    </message>
    <message>
        <source>{name}, version {number}</source>
        <translation>{name}, έκδοση {number}</translation>
    </message>
    <message>
        <source> — scored with this version; the rubric is now at version {newest}</source>
        <translation> — βαθμολογήθηκε με αυτή την έκδοση· η ρουμπρίκα είναι πλέον στην έκδοση {newest}</translation>
    </message>
    <message>
        <source>— choose the observer —</source>
        <translation>— επιλέξτε παρατηρητή —</translation>
    </message>
    <message>
        <source>Note on “{title}” (what you saw):</source>
        <translation>Σημείωση για «{title}» (τι είδατε):</translation>
    </message>
    <message>
        <source>Weighted average: — (no criterion scored yet, 0 of {total})</source>
        <translation>Σταθμισμένος μέσος όρος: — (κανένα κριτήριο δεν βαθμολογήθηκε ακόμη, 0 από {total})</translation>
    </message>
    <message>
        <source>Weighted average: {average} ({scored} of {total} criteria scored; not observed ones do not count)</source>
        <translation>Σταθμισμένος μέσος όρος: {average} ({scored} από {total} κριτήρια βαθμολογήθηκαν· όσα δεν παρατηρήθηκαν δεν μετρούν)</translation>
    </message>
    <message>
        <source>Close and open it again to see the changes.</source>
        <translation>Κλείστε και ανοίξτε το ξανά για να δείτε τις αλλαγές.</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Παρατήρηση</translation>
    </message>
    <message>
        <source>O&amp;bserver</source>
        <translation>Παρα&amp;τηρητής</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Ρουμπρίκα</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Βαθμολογίες</translation>
    </message>
    <message>
        <source>Keys: 1–5 score the selected criterion and move to the next; 0 or N: not observed; ↑ ↓ move. The anchors of the criterion are on the right; the level you chose is highlighted.</source>
        <translation>Πλήκτρα: 1–5 βαθμολογούν το επιλεγμένο κριτήριο και πάνε στο επόμενο· 0 ή N: δεν παρατηρήθηκε· ↑ ↓ μετακίνηση. Τα σημεία αναφοράς του κριτηρίου είναι δεξιά· το επίπεδο που επιλέξατε επισημαίνεται.</translation>
    </message>
    <message>
        <source>Note on this criterion (what you saw):</source>
        <translation>Σημείωση για αυτό το κριτήριο (τι είδατε):</translation>
    </message>
    <message>
        <source>S&amp;trengths and actions</source>
        <translation>Δυνατά &amp;σημεία και ενέργειες</translation>
    </message>
    <message>
        <source>Stren&amp;gths</source>
        <translation>Δυνατά σ&amp;ημεία</translation>
    </message>
    <message>
        <source>What went well, so the candidate keeps doing it</source>
        <translation>Τι πήγε καλά, ώστε ο υποψήφιος να συνεχίσει να το κάνει</translation>
    </message>
    <message>
        <source>&amp;Improvements</source>
        <translation>&amp;Βελτιώσεις</translation>
    </message>
    <message>
        <source>What to change next time, concretely</source>
        <translation>Τι να αλλάξει την επόμενη φορά, συγκεκριμένα</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Σύσταση</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>&amp;Ενέργειες</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>&amp;Προσθήκη ενέργειας</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Α&amp;φαίρεση</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Άλλαξε από κάποιον άλλο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Δεν είναι δυνατή η αναίρεση</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Δεν είναι δυνατή η επανάληψη</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>π.χ. {example}</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Επιλογή από ημερολόγιο</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Επιλογή από ημερολόγιο (Alt+Κάτω)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example}, or leave it empty.</source>
        <translation>Το «{text}» δεν είναι ημερομηνία: γράψτε τη όπως {example} ή αφήστε το κενό.</translation>
    </message>
</context>
<context>
    <name>PaperFormsModel</name>
    <message>
        <source>Comment</source>
        <translation>Σχόλιο</translation>
    </message>
    <message>
        <source>What the trainee wrote, as written</source>
        <translation>Τι έγραψε ο εκπαιδευόμενος, όπως το έγραψε</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} questions answered</source>
        <translation>
            <numerusform>%n από {total} ερωτήσεις απαντήθηκε</numerusform>
            <numerusform>%n από {total} ερωτήσεις απαντήθηκαν</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Exporting a PDF</source>
        <translation>Εξαγωγή PDF</translation>
    </message>
    <message>
        <source>Cancelling: the page being drawn is finished, then thrown away…</source>
        <translation>Ακύρωση: η σελίδα που σχεδιάζεται ολοκληρώνεται και μετά απορρίπτεται…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>Export the capacity plan</source>
        <translation>Εξαγωγή του σχεδίου δυναμικότητας</translation>
    </message>
    <message>
        <source>Writing the capacity plan…</source>
        <translation>Γράφεται το σχέδιο δυναμικότητας…</translation>
    </message>
    <message>
        <source>Capacity plan not exported</source>
        <translation>Το σχέδιο δυναμικότητας δεν εξήχθη</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Training lead</source>
        <translation>Υπεύθυνος εκπαίδευσης</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Εκπαιδευτής</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Αντιπρόσωπος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>{role} (retired)</source>
        <translation>{role} (αποσύρθηκε)</translation>
    </message>
    <message>
        <source>{role} — you</source>
        <translation>{role} — εσείς</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Επανα&amp;φορά</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Από&amp;συρση</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>Επιλέξτε πρώτα το άτομο στη λίστα.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Άτομα</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ρόλος</translation>
    </message>
    <message>
        <source>Leads and trainers mentor and nominate candidates. Add the people who do; choose someone in the list to correct their details or to retire them (they stay on old records, and are no longer offered for new work).</source>
        <translation>Οι υπεύθυνοι εκπαίδευσης και οι εκπαιδευτές καθοδηγούν και προτείνουν υποψηφίους. Προσθέστε όσους το κάνουν· επιλέξτε κάποιον στη λίστα για να διορθώσετε τα στοιχεία του ή να τον αποσύρετε (μένει στις παλιές εγγραφές και δεν προτείνεται πια για νέα δουλειά).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Άτομο</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>Προσθήκη ως &amp;νέου</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Αυτός είμαι &amp;εγώ</translation>
    </message>
    <message>
        <source>What you record on this computer (an import, a move in the pipeline) is recorded under this person&apos;s name</source>
        <translation>Ό,τι καταγράφετε σε αυτόν τον υπολογιστή (μια εισαγωγή, μια μετακίνηση στη ροή) καταγράφεται με το όνομα αυτού του ατόμου</translation>
    </message>
    <message>
        <source>Access to the team server</source>
        <translation>Πρόσβαση στον διακομιστή της ομάδας</translation>
    </message>
    <message>
        <source>Choose a person in the list, then give them a login and a role. A trainer sees their own sessions and observations; a lead sees everything.</source>
        <translation>Επιλέξτε ένα άτομο στη λίστα και δώστε του όνομα σύνδεσης και ρόλο. Ο εκπαιδευτής βλέπει τις δικές του συνεδρίες και παρατηρήσεις· ο υπεύθυνος τα βλέπει όλα.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Όνομα &amp;σύνδεσης</translation>
    </message>
    <message>
        <source>maria_k</source>
        <translation>maria_k</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Ρό&amp;λος</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Κωδικός</translation>
    </message>
    <message>
        <source>only for a new login, or to change it</source>
        <translation>μόνο για νέα σύνδεση ή για αλλαγή του</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>&amp;Παροχή πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Take access away</source>
        <translation>&amp;Αφαίρεση πρόσβασης</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Nothing to choose from yet.</source>
        <translation>Δεν υπάρχει ακόμη τίποτα για επιλογή.</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <source>Drag a card to another stage, right-click it for its menu, or press Ctrl+Shift+→ or Ctrl+Shift+← to move it to the next or previous stage; Ctrl+click chooses several cards to move together. Every move asks why and is kept in the candidate&apos;s timeline. The number on a card is the selection score, the mean of the scored traits; a green card is ready for certification. The last line forecasts the further practice sessions until the readiness rule is met, with an 80% interval.</source>
        <translation>Σύρετε μια κάρτα σε άλλο στάδιο, κάντε δεξί κλικ για το μενού της ή πατήστε Ctrl+Shift+→ ή Ctrl+Shift+← για να τη μετακινήσετε στο επόμενο ή στο προηγούμενο στάδιο· με Ctrl+κλικ επιλέγετε πολλές κάρτες για να μετακινηθούν μαζί. Κάθε μετακίνηση ζητά αιτιολογία και καταγράφεται στο χρονολόγιο του υποψηφίου. Ο αριθμός στην κάρτα είναι η βαθμολογία επιλογής, ο μέσος όρος των βαθμολογημένων χαρακτηριστικών· μια πράσινη κάρτα είναι έτοιμη για πιστοποίηση. Η τελευταία γραμμή προβλέπει πόσες ακόμη πρακτικές συνεδρίες χρειάζονται ώσπου να πληρωθεί ο κανόνας ετοιμότητας, με διάστημα 80%.</translation>
    </message>
    <message>
        <source>Move to &amp;next stage…</source>
        <translation>Μετακίνηση στο &amp;επόμενο στάδιο…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage…</source>
        <translation>Μετακίνηση στο &amp;προηγούμενο στάδιο…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Μετακίνηση σε</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n cards to</source>
        <translation>
            <numerusform>&amp;Μετακίνηση %n κάρτας σε</numerusform>
            <numerusform>&amp;Μετακίνηση %n καρτών σε</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <source>Observer profiles over time</source>
        <translation>Προφίλ παρατηρητών στον χρόνο</translation>
    </message>
    <message>
        <source>From every revealed exercise and co-observed session: each score minus the consensus (the lead&apos;s reference where there is one, else the other observers&apos; mean), averaged per delivery. Lenient or severe on a criterion when its whole 95% interval is above or below zero; drifting when the interval of the trend (points per year, a least-squares slope over time) excludes zero.</source>
        <translation>Από κάθε αποκαλυμμένη άσκηση και κοινή παρατήρηση: κάθε βαθμός μείον τη συναίνεση (τον βαθμό αναφοράς του υπευθύνου όπου υπάρχει, αλλιώς τον μέσο όρο των άλλων παρατηρητών), ως μέσος όρος ανά παρουσίαση. Επιεικής ή αυστηρός σε ένα κριτήριο όταν όλο το διάστημα 95% είναι πάνω ή κάτω από το μηδέν· μεταβαλλόμενος όταν το διάστημα της τάσης (μονάδες ανά έτος, κλίση ελαχίστων τετραγώνων στον χρόνο) δεν περιέχει το μηδέν.</translation>
    </message>
    <message>
        <source>No observer has scores to compare yet.</source>
        <translation>Κανένας παρατηρητής δεν έχει ακόμη βαθμολογίες για σύγκριση.</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Παρατηρητής</translation>
    </message>
    <message>
        <source>Bias (95% interval)</source>
        <translation>Μεροληψία (διάστημα 95%)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Lenient on</source>
        <translation>Επιεικής σε</translation>
    </message>
    <message>
        <source>Severe on</source>
        <translation>Αυστηρός σε</translation>
    </message>
    <message>
        <source>Latest quarter</source>
        <translation>Τελευταίο τρίμηνο</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Στον χρόνο</translation>
    </message>
    <message>
        <source>Name an observer on the dashboard when their latest quarter&apos;s bias is beyond</source>
        <translation>Να αναφέρεται ένας παρατηρητής στον πίνακα ελέγχου όταν η απόκλιση του τελευταίου τριμήνου ξεπερνά τις</translation>
    </message>
    <message>
        <source> points</source>
        <translation> μονάδες</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>Αποθήκευση ορίου</translation>
    </message>
    <message numerus="yes">
        <source>all %n criteria</source>
        <translation>
            <numerusform>το %n κριτήριο</numerusform>
            <numerusform>όλα τα %n κριτήρια</numerusform>
        </translation>
    </message>
    <message>
        <source>too few deliveries</source>
        <translation>πολύ λίγες παρουσιάσεις</translation>
    </message>
    <message>
        <source>drifting: {slope} a year</source>
        <translation>μεταβαλλόμενος: {slope} τον χρόνο</translation>
    </message>
    <message>
        <source>steady: {slope} a year</source>
        <translation>σταθερός: {slope} τον χρόνο</translation>
    </message>
    <message>
        <source>Named on the dashboard now: {names}.</source>
        <translation>Αναφέρονται τώρα στον πίνακα ελέγχου: {names}.</translation>
    </message>
    <message>
        <source>No observer&apos;s latest quarter is beyond {points} points.</source>
        <translation>Κανενός παρατηρητή το τελευταίο τρίμηνο δεν ξεπερνά τις {points} μονάδες.</translation>
    </message>
    <message>
        <source>Cannot save the threshold</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του ορίου</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Πρόγραμμα</translation>
    </message>
    <message>
        <source>Export programme report…</source>
        <translation>Εξαγωγή αναφοράς προγράμματος…</translation>
    </message>
    <message>
        <source>The funnel, KPIs, every candidate and the trends as a PDF for managers</source>
        <translation>Η χοάνη, οι βασικοί δείκτες, κάθε υποψήφιος και οι τάσεις ως PDF για διευθυντές</translation>
    </message>
    <message>
        <source>candidates in the programme</source>
        <translation>υποψήφιοι στο πρόγραμμα</translation>
    </message>
    <message>
        <source>active trainers</source>
        <translation>ενεργοί εκπαιδευτές</translation>
    </message>
    <message>
        <source>sessions this month</source>
        <translation>συνεδρίες αυτόν τον μήνα</translation>
    </message>
    <message>
        <source>of sessions given by internal trainers</source>
        <translation>των συνεδριών από εσωτερικούς εκπαιδευτές</translation>
    </message>
    <message>
        <source>Certification: trainers by topic</source>
        <translation>Πιστοποίηση: εκπαιδευτές ανά θέμα</translation>
    </message>
    <message>
        <source>Nobody holds a certification yet.</source>
        <translation>Κανείς δεν έχει ακόμη πιστοποίηση.</translation>
    </message>
    <message>
        <source>Renewals due soon</source>
        <translation>Ανανεώσεις που λήγουν σύντομα</translation>
    </message>
    <message>
        <source>No certification is due for renewal in the next 60 days.</source>
        <translation>Καμία πιστοποίηση δεν χρειάζεται ανανέωση τις επόμενες 60 ημέρες.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in the last pipeline stage now: %n. Of all candidates, {certified} hold a certification in force.</source>
        <translation>
            <numerusform>Υποψήφιοι στο τελευταίο στάδιο τώρα: %n. Από όλους τους υποψηφίους, {certified} έχουν πιστοποίηση σε ισχύ.</numerusform>
            <numerusform>Υποψήφιοι στο τελευταίο στάδιο τώρα: %n. Από όλους τους υποψηφίους, {certified} έχουν πιστοποίηση σε ισχύ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions dated in {month}: %n, of {total} sessions in all.</source>
        <translation>
            <numerusform>Συνεδρίες με ημερομηνία στο {month}: %n, από {total} συνεδρίες συνολικά.</numerusform>
            <numerusform>Συνεδρίες με ημερομηνία στο {month}: %n, από {total} συνεδρίες συνολικά.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions given by candidates employed by the company (not by a vendor) out of all sessions: {internal} of %n.</source>
        <translation>
            <numerusform>Συνεδρίες από υποψηφίους υπαλλήλους της εταιρείας (όχι εξωτερικού συνεργάτη) επί όλων των συνεδριών: {internal} από %n.</numerusform>
            <numerusform>Συνεδρίες από υποψηφίους υπαλλήλους της εταιρείας (όχι εξωτερικού συνεργάτη) επί όλων των συνεδριών: {internal} από %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The days each completed stay in a stage lasted, from %n completed stay(s).</source>
        <translation>
            <numerusform>Οι ημέρες που κράτησε κάθε ολοκληρωμένη παραμονή σε ένα στάδιο, από %n ολοκληρωμένη παραμονή.</numerusform>
            <numerusform>Οι ημέρες που κράτησε κάθε ολοκληρωμένη παραμονή σε ένα στάδιο, από %n ολοκληρωμένες παραμονές.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per month (%n in all), with each month&apos;s mean rubric score and mean feedback; a month with no session is drawn empty.</source>
        <translation>
            <numerusform>Συνεδρίες ανά μήνα (%n συνολικά), με τον μέσο όρο ρουμπρίκας και σχολίων κάθε μήνα· ένας μήνας χωρίς συνεδρία σχεδιάζεται κενός.</numerusform>
            <numerusform>Συνεδρίες ανά μήνα (%n συνολικά), με τον μέσο όρο ρουμπρίκας και σχολίων κάθε μήνα· ένας μήνας χωρίς συνεδρία σχεδιάζεται κενός.</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του προγράμματος: {reason}</translation>
    </message>
    <message>
        <source>Figures as of {date}. Every chart states its n; F5 reads them again.</source>
        <translation>Στοιχεία της {date}. Κάθε γράφημα δηλώνει το n του· το F5 τα διαβάζει ξανά.</translation>
    </message>
    <message>
        <source>not counting {paused} paused or withdrawn</source>
        <translation>χωρίς {paused} σε παύση ή που αποχώρησαν</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the programme.</source>
        <translation>
            <numerusform>%n υποψήφιος στο πρόγραμμα.</numerusform>
            <numerusform>%n υποψήφιοι στο πρόγραμμα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold a certification in force</source>
        <translation>
            <numerusform>%n έχει ισχύουσα πιστοποίηση</numerusform>
            <numerusform>%n έχουν ισχύουσα πιστοποίηση</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>%n συνεδρία συνολικά</numerusform>
            <numerusform>%n συνεδρίες συνολικά</numerusform>
        </translation>
    </message>
    <message>
        <source>no sessions yet; the guide&apos;s g2g network: ~{guide:.0%}</source>
        <translation>καμία συνεδρία ακόμη· το δίκτυο g2g του οδηγού: ~{guide:.0%}</translation>
    </message>
    <message>
        <source>{internal} of {total} sessions · the guide&apos;s g2g network: ~{guide:.0%}</source>
        <translation>{internal} από {total} συνεδρίες · το δίκτυο g2g του οδηγού: ~{guide:.0%}</translation>
    </message>
    <message numerus="yes">
        <source>Each bar adds up every pipeline candidate&apos;s chance of meeting the readiness rule&apos;s measured conditions in that month, from their forecast at their own cadence (%n candidate(s) with a forecast); the mentor&apos;s sign-off is not forecast.</source>
        <translation>
            <numerusform>Κάθε στήλη αθροίζει την πιθανότητα κάθε υποψηφίου της διαδικασίας να πληρώσει τις μετρήσιμες προϋποθέσεις του κανόνα ετοιμότητας εκείνον τον μήνα, από την πρόβλεψή του με τον δικό του ρυθμό (%n υποψήφιος με πρόβλεψη)· η έγκριση του μέντορα δεν προβλέπεται.</numerusform>
            <numerusform>Κάθε στήλη αθροίζει την πιθανότητα κάθε υποψηφίου της διαδικασίας να πληρώσει τις μετρήσιμες προϋποθέσεις του κανόνα ετοιμότητας εκείνον τον μήνα, από την πρόβλεψή του με τον δικό του ρυθμό (%n υποψήφιοι με πρόβλεψη)· η έγκριση του μέντορα δεν προβλέπεται.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Αναζήτηση σε:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Ό&amp;νομα αρχείου:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Τύπος αρχείων:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Α&amp;ποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Επιλογή</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Φάκελος:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Εμπρός</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Γονικός φάκελος</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Δημιουργία νέου φακέλου</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Νέος φάκελος</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Προβολή λίστας</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Προβολή λεπτομερειών</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ημερομηνία τροποποίησης</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ε&amp;πικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Απόκρυψη λεπτομερειών...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε &amp;όλα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ό&amp;χι σε όλα</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Χωρίς αποθήκευση</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Κλείσιμο χωρίς αποθήκευση</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή &amp;τοποθεσίας συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ε&amp;πικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>ReadinessRuleDialog</name>
    <message>
        <source>Readiness rule</source>
        <translation>Κανόνας ετοιμότητας</translation>
    </message>
    <message>
        <source>A candidate is ready for certification when every condition below is met. The rule is shared by everyone using this database.</source>
        <translation>Ένας υποψήφιος είναι έτοιμος για πιστοποίηση όταν πληρούνται όλες οι παρακάτω προϋποθέσεις. Ο κανόνας είναι κοινός για όλους όσοι χρησιμοποιούν αυτή τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Observed practice deliveries, at &amp;least</source>
        <translation>Πρακτικές συνεδρίες με παρατήρηση, &amp;τουλάχιστον</translation>
    </message>
    <message>
        <source>Look at the last &amp;sessions</source>
        <translation>Εξέταση των τελευταίων &amp;συνεδριών</translation>
    </message>
    <message>
        <source>Their &amp;rubric averages at or above (1–5)</source>
        <translation>Οι μέσοι όροι &amp;ρουμπρίκας τους ίσοι ή πάνω από (1–5)</translation>
    </message>
    <message>
        <source>Overall &amp;feedback at or above (1–5)</source>
        <translation>Συνολικά &amp;σχόλια ίσα ή πάνω από (1–5)</translation>
    </message>
    <message>
        <source>From at least this many &amp;answers</source>
        <translation>Από τουλάχιστον τόσες &amp;απαντήσεις</translation>
    </message>
    <message>
        <source>Require the &amp;mentor&apos;s sign-off</source>
        <translation>Απαιτείται η έγκριση του &amp;μέντορα</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>Ο κανόνας με λόγια</translation>
    </message>
    <message>
        <source>A candidate is ready for certification when:</source>
        <translation>Ένας υποψήφιος είναι έτοιμος για πιστοποίηση όταν:</translation>
    </message>
    <message>
        <source>at least 1 practice delivery has been observed;</source>
        <translation>έχει παρατηρηθεί τουλάχιστον 1 πρακτική συνεδρία·</translation>
    </message>
    <message>
        <source>at least {n} practice deliveries have been observed;</source>
        <translation>έχουν παρατηρηθεί τουλάχιστον {n} πρακτικές συνεδρίες·</translation>
    </message>
    <message>
        <source>the rubric average of their last observed session is {threshold} or more;</source>
        <translation>ο μέσος όρος ρουμπρίκας της τελευταίας συνεδρίας με παρατήρηση είναι {threshold} ή περισσότερο·</translation>
    </message>
    <message>
        <source>the rubric average of each of their last {n} observed sessions is {threshold} or more;</source>
        <translation>ο μέσος όρος ρουμπρίκας καθεμιάς από τις τελευταίες {n} συνεδρίες με παρατήρηση είναι {threshold} ή περισσότερο·</translation>
    </message>
    <message>
        <source>the trainees&apos; overall feedback, over all their sessions, averages {threshold} or more from at least {n} answers;</source>
        <translation>τα συνολικά σχόλια των εκπαιδευομένων, σε όλες τις συνεδρίες του, έχουν μέσο όρο {threshold} ή περισσότερο από τουλάχιστον {n} απαντήσεις·</translation>
    </message>
    <message>
        <source>and their mentor has signed them off.</source>
        <translation>και ο μέντοράς του έχει δώσει έγκριση.</translation>
    </message>
    <message>
        <source>no mentor sign-off is needed.</source>
        <translation>δεν χρειάζεται έγκριση μέντορα.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference scores: %1</source>
        <translation>Βαθμοί αναφοράς: %1</translation>
    </message>
    <message>
        <source>Type the score each criterion deserves on each delivery, from 1 to 5 (leave a cell empty for none). Observers see the reference scores once every score is revealed; bias is then measured against them.</source>
        <translation>Γράψτε τον βαθμό που αξίζει κάθε κριτήριο σε κάθε παρουσίαση, από 1 έως 5 (αφήστε ένα κελί κενό για κανέναν). Οι παρατηρητές βλέπουν τους βαθμούς αναφοράς μόλις αποκαλυφθούν όλοι οι βαθμοί· η απόκλιση μετριέται τότε ως προς αυτούς.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Επιλέξτε ένα αντίγραφο ασφαλείας που θα πάρει τη θέση της βάσης δεδομένων. Η βάση δεδομένων όπως είναι τώρα αντιγράφεται πρώτα, οπότε και η επαναφορά μπορεί να αναιρεθεί με επαναφορά εκείνου του αντιγράφου.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Διατήρηση των τελευταίων</translation>
    </message>
    <message>
        <source>Automatic backups are made on the first start of each day and before every upgrade and restore; older ones are deleted. Backups you make yourself are never deleted.</source>
        <translation>Αυτόματα αντίγραφα ασφαλείας δημιουργούνται στην πρώτη εκκίνηση κάθε ημέρας και πριν από κάθε αναβάθμιση και επαναφορά· τα παλαιότερα διαγράφονται. Τα αντίγραφα που δημιουργείτε εσείς δεν διαγράφονται ποτέ.</translation>
    </message>
    <message>
        <source>automatic backups</source>
        <translation>αυτόματα αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Άλλο αρχείο…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>Ημερήσιο, αυτόματο</translation>
    </message>
    <message>
        <source>Before an upgrade, automatic</source>
        <translation>Πριν από αναβάθμιση, αυτόματο</translation>
    </message>
    <message>
        <source>Before a restore, automatic</source>
        <translation>Πριν από επαναφορά, αυτόματο</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Χειροκίνητο</translation>
    </message>
    <message>
        <source>This is a team server: its backups are made and restored by whoever runs it (pg_dump and pg_restore).</source>
        <translation>Αυτός είναι διακομιστής ομάδας: τα αντίγραφα ασφαλείας του τα δημιουργεί και τα επαναφέρει όποιος τον διαχειρίζεται (pg_dump και pg_restore).</translation>
    </message>
    <message>
        <source>There are no backups beside this database yet. Choose “Other file…” to restore one kept elsewhere.</source>
        <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας δίπλα σε αυτή τη βάση δεδομένων. Επιλέξτε «Άλλο αρχείο…» για επαναφορά από αντίγραφο που φυλάσσεται αλλού.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Επαναφορά από αρχείο αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Trainer Coach database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Βάση δεδομένων Trainer Coach (*.sqlite3 *.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database? What was entered since that backup is set aside in a backup of its own.</source>
        <translation>Να μπει το αντίγραφο ασφαλείας {name} στη θέση της βάσης δεδομένων; Ό,τι καταχωρίστηκε μετά από εκείνο το αντίγραφο φυλάσσεται σε δικό του αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Δεν έγινε επαναφορά</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>Ρουμπρίκες</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Απόρριψη αλλαγών;</translation>
    </message>
    <message>
        <source>Your changes to this rubric are not saved. Discard them?</source>
        <translation>Οι αλλαγές σας σε αυτή τη ρουμπρίκα δεν έχουν αποθηκευτεί. Να απορριφθούν;</translation>
    </message>
    <message>
        <source>There is no rubric yet.</source>
        <translation>Δεν υπάρχει ακόμη ρουμπρίκα.</translation>
    </message>
    <message>
        <source>You are editing version {n} of this rubric. Saving makes version {next}; observations already scored keep version {n}, and new observations use version {next}.</source>
        <translation>Επεξεργάζεστε την έκδοση {n} αυτής της ρουμπρίκας. Η αποθήκευση δημιουργεί την έκδοση {next}· οι παρατηρήσεις που έχουν ήδη βαθμολογηθεί κρατούν την έκδοση {n} και οι νέες χρησιμοποιούν την έκδοση {next}.</translation>
    </message>
    <message>
        <source>new criterion</source>
        <translation>νέο κριτήριο</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>Ρο&amp;υμπρίκα</translation>
    </message>
    <message>
        <source>C&amp;riteria, in the order an observer scores them</source>
        <translation>Κ&amp;ριτήρια, με τη σειρά που τα βαθμολογεί ο παρατηρητής</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Αφαί&amp;ρεση</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Πάνω</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Κάτω</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Τίτλος</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Περιγραφή</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>&amp;Βάρος</translation>
    </message>
    <message>
        <source>Behavioural anchors: what each score level looks like in the room.</source>
        <translation>Σημεία αναφοράς συμπεριφοράς: πώς μοιάζει κάθε επίπεδο βαθμολογίας στην αίθουσα.</translation>
    </message>
    <message>
        <source>Level &amp;1</source>
        <translation>Επίπεδο &amp;1</translation>
    </message>
    <message>
        <source>Level &amp;2</source>
        <translation>Επίπεδο &amp;2</translation>
    </message>
    <message>
        <source>Level &amp;3</source>
        <translation>Επίπεδο &amp;3</translation>
    </message>
    <message>
        <source>Level &amp;4</source>
        <translation>Επίπεδο &amp;4</translation>
    </message>
    <message>
        <source>Level &amp;5</source>
        <translation>Επίπεδο &amp;5</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Τι &amp;άλλαξε</translation>
    </message>
    <message>
        <source>A line for the version history, e.g. clearer anchors for pacing</source>
        <translation>Μια γραμμή για το ιστορικό εκδόσεων, π.χ. σαφέστερα σημεία αναφοράς για τον ρυθμό</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Scores of %1</source>
        <translation>Βαθμολογίες: %1</translation>
    </message>
    <message>
        <source>Type a score from 1 to 5 in each cell (leave it empty if you could not judge). No one sees your scores until every observer has handed in.</source>
        <translation>Πληκτρολογήστε βαθμολογία από 1 έως 5 σε κάθε κελί (αφήστε το κενό αν δεν μπορέσατε να κρίνετε). Κανείς δεν βλέπει τις βαθμολογίες σας μέχρι να παραδώσουν όλοι οι παρατηρητές.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Trainee</source>
        <translation>Εκπαιδευόμενος</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Πριν</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>Row {row}: the {name} score {text!r} is not a number.</source>
        <translation>Γραμμή {row}: η βαθμολογία {name} {text!r} δεν είναι αριθμός.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Νέα συνεδρία</translation>
    </message>
    <message>
        <source>Log a practice delivery: who gave it, when, on what, to whom. Trainee feedback and observations are added to it afterwards.</source>
        <translation>Καταγράψτε μια πρακτική συνεδρία: ποιος την έκανε, πότε, με ποιο θέμα, σε ποιους. Τα σχόλια εκπαιδευομένων και οι παρατηρήσεις προστίθενται μετά.</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>Συνεδρία {code}</translation>
    </message>
    <message>
        <source>Session code {code}: trainees type it in the kiosk and it is printed on paper feedback forms.</source>
        <translation>Κωδικός συνεδρίας {code}: οι εκπαιδευόμενοι τον πληκτρολογούν στο κιόσκι και τυπώνεται στις έντυπες φόρμες σχολίων.</translation>
    </message>
    <message>
        <source>Type a name to find the candidate</source>
        <translation>Πληκτρολογήστε ένα όνομα για να βρείτε τον υποψήφιο</translation>
    </message>
    <message>
        <source>There are no candidates yet. A session is a practice delivery that a trainer candidate gives: add the candidate first, then log the session.</source>
        <translation>Δεν υπάρχουν ακόμη υποψήφιοι. Μια συνεδρία είναι μια πρακτική παράδοση που κάνει ένας υποψήφιος εκπαιδευτής: προσθέστε πρώτα τον υποψήφιο και μετά καταχωρίστε τη συνεδρία.</translation>
    </message>
    <message>
        <source>&amp;Add a candidate…</source>
        <translation>&amp;Προσθήκη υποψηφίου…</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— κανένα —</translation>
    </message>
    <message>
        <source>New training asset</source>
        <translation>Νέο εκπαιδευτικό στοιχείο</translation>
    </message>
    <message>
        <source>Title of the material the session uses:</source>
        <translation>Τίτλος του υλικού που χρησιμοποιεί η συνεδρία:</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Μέθοδος διδασκαλίας</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Κοινό</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Άτομα</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Παρατηρητές</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>Εκπαιδευτικό στοιχείο</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Σύνδεσμος βιντεοσκόπησης</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this session.</source>
        <translation>Δεν αποθηκεύτηκε: κάποιος άλλος άλλαξε αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Υποψήφιος</translation>
    </message>
    <message>
        <source>Type to find a candidate by name</source>
        <translation>Πληκτρολογήστε για να βρείτε υποψήφιο με το όνομα</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>What the session taught, in any language</source>
        <translation>Τι δίδαξε η συνεδρία, σε οποιαδήποτε γλώσσα</translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation>&amp;Μέθοδος διδασκαλίας</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Κοινό</translation>
    </message>
    <message>
        <source>Trai&amp;nees</source>
        <translation>&amp;Εκπαιδευόμενοι</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Διάρκεια</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <source>Training a&amp;sset</source>
        <translation>Εκπαιδευτικό &amp;στοιχείο</translation>
    </message>
    <message>
        <source>New &amp;asset…</source>
        <translation>Νέο &amp;στοιχείο…</translation>
    </message>
    <message>
        <source>&amp;Observers</source>
        <translation>&amp;Παρατηρητές</translation>
    </message>
    <message>
        <source>Tick the leads and trainers who observe; each may score the session</source>
        <translation>Σημειώστε τους υπευθύνους και τους εκπαιδευτές που παρατηρούν· ο καθένας μπορεί να βαθμολογήσει τη συνεδρία</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Σ&amp;ημειώσεις</translation>
    </message>
    <message>
        <source>&amp;Recording link</source>
        <translation>&amp;Σύνδεσμος βιντεοσκόπησης</translation>
    </message>
    <message>
        <source>Where the session&apos;s recording can be watched again, for review and calibration (https://…)</source>
        <translation>Πού μπορεί να προβληθεί ξανά η βιντεοσκόπηση της συνεδρίας, για ανασκόπηση και βαθμονόμηση (https://…)</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
</context>
<context>
    <name>SessionEffectivenessSection</name>
    <message>
        <source>Effectiveness</source>
        <translation>Αποτελεσματικότητα</translation>
    </message>
    <message>
        <source>Three views, kept apart: what the observers scored, how the trainees reacted, and what they learned. Every mean carries its n and 95% interval; amber rows rest on fewer than 10 answers.</source>
        <translation>Τρεις οπτικές, χωριστά: τι βαθμολόγησαν οι παρατηρητές, πώς αντέδρασαν οι εκπαιδευόμενοι και τι έμαθαν. Κάθε μέσος όρος έχει το n του και διάστημα 95%· οι πορτοκαλί γραμμές βασίζονται σε λιγότερες από 10 απαντήσεις.</translation>
    </message>
    <message>
        <source>Change weights…</source>
        <translation>Αλλαγή βαρών…</translation>
    </message>
    <message numerus="yes">
        <source>Rubric: weighted overall {overall}, %n observer(s)</source>
        <translation>
            <numerusform>Ρουμπρίκα: σταθμισμένος συνολικός {overall}, %n παρατηρητής</numerusform>
            <numerusform>Ρουμπρίκα: σταθμισμένος συνολικός {overall}, %n παρατηρητές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response rate {rate:.0%}: %n feedback form(s); trainees in the session: {trainees}.</source>
        <translation>
            <numerusform>Ποσοστό απόκρισης {rate:.0%}: %n φόρμα σχολίων· εκπαιδευόμενοι στη συνεδρία: {trainees}.</numerusform>
            <numerusform>Ποσοστό απόκρισης {rate:.0%}: %n φόρμες σχολίων· εκπαιδευόμενοι στη συνεδρία: {trainees}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s); the session records no trainees, so no response rate.</source>
        <translation>
            <numerusform>%n φόρμα σχολίων· η συνεδρία δεν καταγράφει εκπαιδευόμενους, άρα δεν υπάρχει ποσοστό απόκρισης.</numerusform>
            <numerusform>%n φόρμες σχολίων· η συνεδρία δεν καταγράφει εκπαιδευόμενους, άρα δεν υπάρχει ποσοστό απόκρισης.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weighted mean of the parts that exist, each put on 0–100: the rubric from %n observer(s), feedback from {answers} answers to the overall question, learning from {paired} trainees with both a before and an after score. A part with no data is left out, not counted as zero.</source>
        <translation>
            <numerusform>Ο σταθμισμένος μέσος των μερών που υπάρχουν, το καθένα στην κλίμακα 0–100: η ρουμπρίκα από %n παρατηρητή, τα σχόλια από {answers} απαντήσεις στη συνολική ερώτηση, η μάθηση από {paired} εκπαιδευόμενους με βαθμό πριν και μετά. Ένα μέρος χωρίς δεδομένα παραλείπεται, δεν μετρά ως μηδέν.</numerusform>
            <numerusform>Ο σταθμισμένος μέσος των μερών που υπάρχουν, το καθένα στην κλίμακα 0–100: η ρουμπρίκα από %n παρατηρητές, τα σχόλια από {answers} απαντήσεις στη συνολική ερώτηση, η μάθηση από {paired} εκπαιδευόμενους με βαθμό πριν και μετά. Ένα μέρος χωρίς δεδομένα παραλείπεται, δεν μετρά ως μηδέν.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each observer&apos;s weighted average of the criteria they scored, then the mean over %n observer(s), with its 95% interval.</source>
        <translation>
            <numerusform>Ο σταθμισμένος μέσος κάθε παρατηρητή στα κριτήρια που βαθμολόγησε, και μετά ο μέσος όρος από %n παρατηρητή, με το διάστημα 95%.</numerusform>
            <numerusform>Ο σταθμισμένος μέσος κάθε παρατηρητή στα κριτήρια που βαθμολόγησε, και μετά ο μέσος όρος από %n παρατηρητές, με το διάστημα 95%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback forms saved for this session (kiosk, typed or imported) divided by the trainees it records: %n form(s) of {trainees}.</source>
        <translation>
            <numerusform>Φόρμες σχολίων αποθηκευμένες για αυτή τη συνεδρία (κιόσκι, πληκτρολόγηση ή εισαγωγή) διά των εκπαιδευομένων που καταγράφει: %n φόρμα από {trainees}.</numerusform>
            <numerusform>Φόρμες σχολίων αποθηκευμένες για αυτή τη συνεδρία (κιόσκι, πληκτρολόγηση ή εισαγωγή) διά των εκπαιδευομένων που καταγράφει: %n φόρμες από {trainees}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean of each question&apos;s answers with its 95% interval, from %n feedback form(s); n is how many answered the question. Amber rows rest on fewer than 10 answers.</source>
        <translation>
            <numerusform>Ο μέσος όρος των απαντήσεων κάθε ερώτησης με το διάστημα 95%, από %n φόρμα σχολίων· το n είναι πόσοι απάντησαν στην ερώτηση. Οι πορτοκαλί γραμμές βασίζονται σε λιγότερες από 10 απαντήσεις.</numerusform>
            <numerusform>Ο μέσος όρος των απαντήσεων κάθε ερώτησης με το διάστημα 95%, από %n φόρμες σχολίων· το n είναι πόσοι απάντησαν στην ερώτηση. Οι πορτοκαλί γραμμές βασίζονται σε λιγότερες από 10 απαντήσεις.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of each answer to every question, from %n feedback form(s).</source>
        <translation>
            <numerusform>Το μερίδιο κάθε απάντησης σε κάθε ερώτηση, από %n φόρμα σχολίων.</numerusform>
            <numerusform>Το μερίδιο κάθε απάντησης σε κάθε ερώτηση, από %n φόρμες σχολίων.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Means before and after, the gain and the normalised gain of each check, from %n trainee(s) with both a before and an after score.</source>
        <translation>
            <numerusform>Μέσοι όροι πριν και μετά, το κέρδος και το κανονικοποιημένο κέρδος κάθε ελέγχου, από %n εκπαιδευόμενο με βαθμό πριν και μετά.</numerusform>
            <numerusform>Μέσοι όροι πριν και μετά, το κέρδος και το κανονικοποιημένο κέρδος κάθε ελέγχου, από %n εκπαιδευόμενους με βαθμό πριν και μετά.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each trainee&apos;s score before and after the first check, from %n trainee(s) with both scores.</source>
        <translation>
            <numerusform>Ο βαθμός κάθε εκπαιδευομένου πριν και μετά τον πρώτο έλεγχο, από %n εκπαιδευόμενο με τους δύο βαθμούς.</numerusform>
            <numerusform>Ο βαθμός κάθε εκπαιδευομένου πριν και μετά τον πρώτο έλεγχο, από %n εκπαιδευόμενους με τους δύο βαθμούς.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Ρουμπρίκα</translation>
    </message>
    <message>
        <source>Nobody has observed this session yet.</source>
        <translation>Κανείς δεν έχει παρατηρήσει ακόμη αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>Trainee reaction</source>
        <translation>Αντίδραση εκπαιδευομένων</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Μάθηση</translation>
    </message>
    <message>
        <source>No comprehension check for this session yet.</source>
        <translation>Δεν υπάρχει ακόμη έλεγχος κατανόησης για αυτή τη συνεδρία.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>← All sessions</source>
        <translation>← Όλες οι συνεδρίες</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Κοινό</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Άτομα</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>Εκπαιδευτικό στοιχείο</translation>
    </message>
    <message>
        <source>Feedback code</source>
        <translation>Κωδικός σχολίων</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Παρατηρητές</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Βιντεοσκόπηση</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Παρατηρητής</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Ρουμπρίκα</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Σταθμισμένος μέσος όρος</translation>
    </message>
    <message>
        <source>Criteria scored</source>
        <translation>Βαθμολογημένα κριτήρια</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Σύσταση</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Πραγματοποιήθηκε στις</translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation>Μέσος όρος πριν → μετά</translation>
    </message>
    <message>
        <source>Open the training asset: its versions, review and agents&apos; feedback</source>
        <translation>Άνοιγμα του εκπαιδευτικού υλικού: εκδόσεις, έλεγχος και σχόλια των εκπροσώπων</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} λεπτά</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>κανείς δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>{name}, v{number}</source>
        <translation>{name}, έκδ. {number}</translation>
    </message>
    <message numerus="yes">
        <source>Observations (%n)</source>
        <translation>
            <numerusform>Παρατηρήσεις (%n)</numerusform>
            <numerusform>Παρατηρήσεις (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weighted average: each observer&apos;s scores weighted by the rubric&apos;s criterion weights, over the criteria they scored (a criterion not judged is not a zero); %n observation(s).</source>
        <translation>
            <numerusform>Σταθμισμένος μέσος όρος: οι βαθμοί κάθε παρατηρητή σταθμισμένοι με τα βάρη των κριτηρίων της ρουμπρίκας, στα κριτήρια που βαθμολόγησε (ένα κριτήριο που δεν κρίθηκε δεν είναι μηδέν)· %n παρατήρηση.</numerusform>
            <numerusform>Σταθμισμένος μέσος όρος: οι βαθμοί κάθε παρατηρητή σταθμισμένοι με τα βάρη των κριτηρίων της ρουμπρίκας, στα κριτήρια που βαθμολόγησε (ένα κριτήριο που δεν κρίθηκε δεν είναι μηδέν)· %n παρατηρήσεις.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainee feedback: %n form(s)</source>
        <translation>
            <numerusform>Σχόλια εκπαιδευομένων: %n φόρμα</numerusform>
            <numerusform>Σχόλια εκπαιδευομένων: %n φόρμες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback forms saved for this session from the kiosk, typed from paper or imported: %n.</source>
        <translation>
            <numerusform>Φόρμες σχολίων αποθηκευμένες για αυτή τη συνεδρία από το κιόσκι, πληκτρολογημένες από χαρτί ή εισαγμένες: %n.</numerusform>
            <numerusform>Φόρμες σχολίων αποθηκευμένες για αυτή τη συνεδρία από το κιόσκι, πληκτρολογημένες από χαρτί ή εισαγμένες: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comprehension checks (%n)</source>
        <translation>
            <numerusform>Έλεγχοι κατανόησης (%n)</numerusform>
            <numerusform>Έλεγχοι κατανόησης (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean before → after: the mean of the before scores and of the after scores typed for each check (Trainees is how many rows each check has); %n check(s).</source>
        <translation>
            <numerusform>Μέσος όρος πριν → μετά: ο μέσος των βαθμών πριν και των βαθμών μετά που καταχωρίστηκαν σε κάθε έλεγχο (Άτομα είναι πόσες γραμμές έχει κάθε έλεγχος)· %n έλεγχος.</numerusform>
            <numerusform>Μέσος όρος πριν → μετά: ο μέσος των βαθμών πριν και των βαθμών μετά που καταχωρίστηκαν σε κάθε έλεγχο (Άτομα είναι πόσες γραμμές έχει κάθε έλεγχος)· %n έλεγχοι.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Κοινό</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Άτομα</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Λεπτά</translation>
    </message>
    <message>
        <source>Obs.</source>
        <translation>Παρ.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Φόρμες</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Μέθοδος διδασκαλίας</translation>
    </message>
    <message>
        <source>Number of trainees</source>
        <translation>Αριθμός εκπαιδευομένων</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Διάρκεια σε λεπτά</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Παρατηρήσεις</translation>
    </message>
    <message>
        <source>Trainee feedback forms</source>
        <translation>Φόρμες σχολίων εκπαιδευομένων</translation>
    </message>
    <message>
        <source>Session code (on paper forms and the kiosk)</source>
        <translation>Κωδικός συνεδρίας (στις έντυπες φόρμες και στο κιόσκι)</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Search topic, candidate, code…</source>
        <translation>Αναζήτηση θέματος, υποψηφίου, κωδικού…</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Όλες οι ημερομηνίες</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Φέτος</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Υποψήφιος</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Κοινό</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ημερομηνίες</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Όλοι οι υποψήφιοι</translation>
    </message>
    <message>
        <source>The sessions could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των συνεδριών: {reason}</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Όλες οι μέθοδοι</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Όλα τα κοινά</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>Selection score: {score}</source>
        <translation>Βαθμολογία επιλογής: {score}</translation>
    </message>
    <message>
        <source>Ready for certification: every readiness condition is met</source>
        <translation>Έτοιμος για πιστοποίηση: πληρούνται όλες οι προϋποθέσεις ετοιμότητας</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>{name}  ({count} candidates)</source>
        <translation>{name}  ({count} υποψήφιοι)</translation>
    </message>
    <message>
        <source>  — side exit</source>
        <translation>  — πλευρική έξοδος</translation>
    </message>
    <message>
        <source>{name} holds candidates; move them first.</source>
        <translation>Το στάδιο {name} έχει υποψηφίους· μετακινήστε τους πρώτα.</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Προσθήκη σταδίου</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Όνομα του νέου σταδίου:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Μετονομασία σταδίου</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Διαγραφή σταδίου</translation>
    </message>
    <message>
        <source>Delete the stage {name}?</source>
        <translation>Διαγραφή του σταδίου {name};</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Στάδια της ροής</translation>
    </message>
    <message>
        <source>The columns of the pipeline board, in order. Side exits (such as Paused or Withdrawn) sit apart at the end. A stage that holds candidates cannot be deleted.</source>
        <translation>Οι στήλες του πίνακα της ροής, με τη σειρά. Οι πλευρικές έξοδοι (όπως Σε παύση ή Αποχώρησε) βρίσκονται χωριστά στο τέλος. Ένα στάδιο που έχει υποψηφίους δεν μπορεί να διαγραφεί.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Μετονομασία…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Μετακίνηση &amp;πάνω</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Μετακίνηση &amp;κάτω</translation>
    </message>
    <message>
        <source>Side &amp;exit</source>
        <translation>Πλευρική &amp;έξοδος</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Δια&amp;γραφή</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Total {total}%.</source>
        <translation>Σύνολο {total}%.</translation>
    </message>
    <message>
        <source>The composite divides by the total, so these act as shares of it.</source>
        <translation>Η σύνθετη βαθμολογία διαιρεί με το σύνολο, οπότε αυτά λειτουργούν ως μερίδια του.</translation>
    </message>
    <message>
        <source>Composite score weights</source>
        <translation>Βάρη σύνθετης βαθμολογίας</translation>
    </message>
    <message>
        <source>The composite puts each part on 0–100 and takes their weighted mean. A part a session has no data for is left out, not counted as zero. The three views stay on the page beside it.</source>
        <translation>Η σύνθετη βαθμολογία φέρνει κάθε μέρος σε κλίμακα 0–100 και παίρνει τον σταθμισμένο μέσο όρο τους. Ένα μέρος για το οποίο η συνεδρία δεν έχει δεδομένα παραλείπεται, δεν μετρά ως μηδέν. Οι τρεις οπτικές μένουν δίπλα της στη σελίδα.</translation>
    </message>
    <message>
        <source>&amp;Rubric (observers)</source>
        <translation>&amp;Ρουμπρίκα (παρατηρητές)</translation>
    </message>
    <message>
        <source>&amp;Feedback (trainees&apos; overall)</source>
        <translation>&amp;Σχόλια (συνολική ερώτηση εκπαιδευομένων)</translation>
    </message>
    <message>
        <source>&amp;Learning (normalised gain)</source>
        <translation>&amp;Μάθηση (κανονικοποιημένο κέρδος)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Candidates</source>
        <translation>Υποψήφιοι</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Εξαγωγή λίστας</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Restored from {name}; the database as it was is in {copy}</source>
        <translation>Έγινε επαναφορά από {name}· η βάση δεδομένων όπως ήταν βρίσκεται στο {copy}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {reason}. Your data is unchanged; make a backup by hand (File ▸ Back up database…) when you can.</source>
        <translation>Δεν ήταν δυνατό να δημιουργηθεί το σημερινό αυτόματο αντίγραφο ασφαλείας: {reason}. Τα δεδομένα σας δεν άλλαξαν· δημιουργήστε ένα αντίγραφο χειροκίνητα (Αρχείο ▸ Αντίγραφο ασφαλείας βάσης δεδομένων…) όταν μπορέσετε.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Δεν έγινε εξαγωγή</translation>
    </message>
    <message>
        <source>The list could not be written: {error}</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της λίστας: {error}</translation>
    </message>
    <message>
        <source>List written to {path}</source>
        <translation>Η λίστα γράφτηκε στο {path}</translation>
    </message>
</context>
</TS>
