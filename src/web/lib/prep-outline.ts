// A starting outline for preparing a conversation: questions in an order that lets the talk flow.

export const PREP_OUTLINE = `About them
- Role, path so far, recent news:
- How we are connected:

What I want to learn
- 

My introduction (half a minute)
- 

Questions, in order
1. How did you come to the work you do now?
2. What does a usual week look like? What surprised you about it?
3. Which skills, training and traits matter most in your role?
4. What is it like to work where you are?
5. Where is the field going in the next few years?
6. How do people get in, and where do openings show up?
7. What would you do in my place?
8. What should I read, follow or join?
9. Who else would you suggest I talk to? May I mention your name?`;
