/** The use cases of questions and answers: ask, edit, answer, accept, vote, assign, the inbox and turning a question into an item. */
package nl.regioan.question.application;
