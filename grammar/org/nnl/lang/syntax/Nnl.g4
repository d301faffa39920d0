// The grammar of NNL (language.md). Labels only, no actions: the AST is built by
// org.nnl.lang.syntax.AstBuilder. Newlines end statements; the token filter
// org.nnl.lang.syntax.Newlines drops the ones inside ( ) and [ ] and after a
// trailing operator or comma, so an unfinished expression continues on the next line.
// Linear parsing: every binary operator is a plain left- or right-associative alternative
// (a width chain d0 -> d1 -> d2 is left-nested and flattened by AstBuilder), so ANTLR's
// left-recursion loop decides each operator with one token of lookahead; a `( ... )+` loop
// inside a left-recursive alternative made the decision ambiguous and the parse exponential.
grammar Nnl;

program : sep* (statement (sep+ statement)* sep*)? EOF ;

sep : NL | ';' ;

statement
  : ACTIVATION name=ident                                        # bindActivation
  | ACTIVATION name=ident '(' param=ident ')' '=' expr           # userActivation
  | kind=(ACTIVATION | ARCHITECTURE | DISTRIBUTION | LEARNER | LET) name=ident '=' expr  # declaration
  | PRINT expr (',' expr)*                                       # printStatement
  | FOR var=ident IN expr block                                  # forStatement
  | SEED expr                                                    # seedStatement
  | DIGITS expr                                                  # digitsStatement
  | SAVE expr TO expr                                            # saveStatement
  | PLOT expr (',' argument)*                                    # plotStatement
  | IMPORT STRING                                                # importStatement
  | expr                                                         # exprStatement
  ;

block : '{' sep* (statement (sep+ statement)* sep*)? '}' ;

expr
  : expr '(' (argument (',' argument)* ','?)? ')'                # call
  | expr '.' field=word                                          # fieldAccess
  | <assoc=right> expr '^' expr                                  # power
  | '-' expr                                                     # negate
  | expr op=('*' | '/') expr                                     # multiplicative
  | expr op=('+' | '-') expr                                     # additive
  | expr '..' expr                                               # range
  | expr '->' expr                                               # chain
  | expr op=('==' | '!=' | '<' | '<=' | '>' | '>=') expr         # comparison
  | NOT expr                                                     # not
  | expr AND expr                                                # and
  | expr OR expr                                                 # or
  | NUMBER                                                       # number
  | STRING                                                       # string
  | (TRUE | FALSE)                                               # bool
  | ident                                                        # name
  | '(' expr ')'                                                 # paren
  | '[' (expr (',' expr)* ','?)? ']'                             # list
  | '{' sep* (fieldInit ((',' | sep) sep* fieldInit)* ','? sep*)? '}'   # record
  | SWEEP sweepVar (',' sweepVar)* '{' sep* fieldInit ((',' | sep) sep* fieldInit)* ','? sep* '}'   # sweep
  ;

sweepVar : var=ident IN expr ;

fieldInit : word ':' expr ;

argument : (word ':')? expr ;

ident : ID ;

// Names of fields and named arguments may also be keywords: draw(A, seed: 7), to: "f.png".
word
  : ID | ACTIVATION | ARCHITECTURE | DISTRIBUTION | LEARNER | LET | PRINT | FOR | IN | SEED
  | DIGITS | SAVE | TO | PLOT | IMPORT | SWEEP
  ;

ACTIVATION : 'activation' ;
ARCHITECTURE : 'architecture' ;
DISTRIBUTION : 'distribution' ;
LEARNER : 'learner' ;
LET : 'let' ;
PRINT : 'print' ;
FOR : 'for' ;
IN : 'in' ;
SEED : 'seed' ;
DIGITS : 'digits' ;
SAVE : 'save' ;
TO : 'to' ;
PLOT : 'plot' ;
IMPORT : 'import' ;
SWEEP : 'sweep' ;
TRUE : 'true' ;
FALSE : 'false' ;
AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;

NUMBER : DIGIT+ ('.' DIGIT+)? EXPONENT? | '.' DIGIT+ EXPONENT? ;
fragment DIGIT : [0-9] ;
fragment EXPONENT : [eE] [+-]? DIGIT+ ;
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* ;
ID : [a-zA-Z_] [a-zA-Z_0-9]* ;
NL : '\r'? '\n' ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t]+ -> skip ;
ERROR_CHAR : . ;
